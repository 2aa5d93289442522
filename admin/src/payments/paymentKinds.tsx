import { Box, Link as MuiLink } from '@mui/material';
import { LinkBase, useTranslate } from 'react-admin';
import type { Payment, PaymentAllocation } from '../types';
import { StatusChip } from '../shared/EnumField';

/** Colours of a payment's status chip: a cancelled payment must stand out. */
export const PaymentStatusChip = ({ status }: { status: Payment['status'] | null | undefined }) => (
  <StatusChip enumName="paymentStatus" value={status} colors={{ recorded: 'success', cancelled: 'error' }} />
);

/** The invoices a payment pays, as links to them ("FA-2026-0003, FA-2026-0007"). */
export const AllocationLinks = ({ allocations }: { allocations: PaymentAllocation[] | undefined }) => {
  const translate = useTranslate();
  if (!allocations?.length) {
    return (
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {translate('resources.payments.noAllocation')}
      </Box>
    );
  }
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 1 }}>
      {allocations.map((a) => (
        <MuiLink
          key={String(a.invoiceId)}
          component={LinkBase}
          to={`/invoices/${a.invoiceId}/show`}
          onClick={(e: React.MouseEvent) => e.stopPropagation()}
          underline="hover"
          sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
        >
          {a.invoiceNumber ?? translate('app.documents.noNumber')}
        </MuiLink>
      ))}
    </Box>
  );
};
