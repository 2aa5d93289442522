import { Chip, Tooltip } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useLocale, useTranslate } from 'react-admin';
import type { RiskStatus } from '../types';
import { StatusChip } from '../shared/EnumField';
import { formatDate } from '../shared/format';

/** Normal (green) / À surveiller (orange) / Bloqué (red): theme colours, white text ≥ 6:1. */
export const RiskStatusChip = ({ status }: { status: RiskStatus | null | undefined }) => (
  <StatusChip enumName="riskStatus" value={status ?? 'normal'} colors={{ normal: 'success', watch: 'warning', blocked: 'error' }} />
);

/** "Contentieux depuis le 02/03/2026". */
export const LitigationBadge = ({ since }: { since: string | null | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (!since) return null;
  const label = translate('app.credit.litigationSince', { date: formatDate(since, locale) });
  return (
    <Tooltip describeChild title={translate('app.credit.litigationHelp')}>
      <Chip size="small" color="error" variant="outlined" icon={<GavelIcon />} label={label} sx={{ fontWeight: 700, borderWidth: 2 }} />
    </Tooltip>
  );
};
