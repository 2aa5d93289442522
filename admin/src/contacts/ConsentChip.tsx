import type { MarketingConsent } from '../types';
import { StatusChip } from '../shared/EnumField';

export const ConsentChip = ({ value }: { value: MarketingConsent | null | undefined }) => (
  <StatusChip
    enumName="marketingConsent"
    value={value ?? 'unknown'}
    colors={{ granted: 'success', refused: 'error', withdrawn: 'warning' }}
  />
);
