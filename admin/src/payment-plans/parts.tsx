import { Box, Link as MuiLink } from '@mui/material';
import { LinkBase } from 'react-admin';
import { StatusChip, type ChipColor } from '../shared/EnumField';
import type { InstallmentStatus, PaymentPlan, PaymentPlanStatus } from '../reminders/types';

const PLAN_COLORS: Record<PaymentPlanStatus, ChipColor> = { active: 'info', completed: 'success', cancelled: 'default' };
const INSTALLMENT_COLORS: Record<InstallmentStatus, ChipColor> = { paid: 'success', partially_paid: 'warning', late: 'error', upcoming: 'default' };

export const PlanStatusChip = ({ status }: { status: PaymentPlanStatus | null | undefined }) => (
  <StatusChip enumName="paymentPlanStatus" value={status} colors={PLAN_COLORS} />
);

export const InstallmentStatusChip = ({ status }: { status: InstallmentStatus | null | undefined }) => (
  <StatusChip enumName="installmentStatus" value={status} colors={INSTALLMENT_COLORS} />
);

/** The plan's invoices as links (numbers when the server gives them). */
export const PlanInvoices = ({ plan }: { plan: PaymentPlan }) => {
  const invoices =
    plan.invoices?.map((i) => ({ id: i.invoiceId ?? i.id, number: i.number })) ??
    (plan.invoiceNumbers ?? []).map((number, k) => ({ id: plan.invoiceIds?.[k], number }));
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 1 }}>
      {invoices.map((i) =>
        i.id != null ? (
          <MuiLink
            key={String(i.id)}
            component={LinkBase}
            to={`/invoices/${i.id}/show`}
            underline="hover"
            sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
            onClick={(e: React.MouseEvent) => e.stopPropagation()}
          >
            {i.number}
          </MuiLink>
        ) : (
          <span key={i.number}>{i.number}</span>
        ),
      )}
    </Box>
  );
};
