import { Box, Typography } from '@mui/material';
import { CreateButton, DataTable, FilterButton, List, SelectInput, TopToolbar, useLocale, useTranslate } from 'react-admin';
import { LocalDateField } from '../shared/DateFields';
import { ListEmpty, ThirdPartyFilterInput } from '../shared/DocumentList';
import { useCanWrite } from '../shared/useSandboxContext';
import { MoneyField } from '../shared/MoneyField';
import { enumChoices } from '../shared/choices';
import { formatDate, formatMoney, nowrap } from '../shared/format';
import type { PaymentPlan, PaymentPlanStatus } from '../reminders/types';
import { PlanInvoices, PlanStatusChip } from './parts';

const STATUSES: readonly PaymentPlanStatus[] = ['active', 'completed', 'cancelled'];

const filters = [
  <ThirdPartyFilterInput key="clientId" source="clientId" label="resources.payment-plans.fields.clientId" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices('paymentPlanStatus', STATUSES)} helperText={false} alwaysOn />,
];

const Next = ({ plan }: { plan: PaymentPlan }) => {
  const locale = useLocale();
  const translate = useTranslate();
  const next = plan.nextInstallment ?? plan.installments?.find((i) => i.status !== 'paid');
  if (plan.status !== 'active' || !next) return <>—</>;
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      {formatDate(next.dueDate, locale)}
      <Typography component="div" variant="caption" color={next.status === 'late' ? 'error' : 'text.secondary'}>
        {formatMoney(next.amountCents, locale)}
        {next.status === 'late' ? ` — ${translate('app.enums.installmentStatus.late')}` : ''}
      </Typography>
    </Box>
  );
};

/** Payment plans agreed with clients, with their progress. */
export const PaymentPlanList = () => {
  const translate = useTranslate();
  const canWrite = useCanWrite();
  return (
    <List
      title={translate('resources.payment-plans.titles.list')}
      filters={filters}
      actions={
        <TopToolbar>
          <FilterButton />
          {canWrite ? <CreateButton label="resources.payment-plans.titles.create" /> : null}
        </TopToolbar>
      }
      sort={{ field: 'agreedOn', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false} empty={<ListEmpty resource="payment-plans" />}>
        <DataTable.Col source="agreedOn" field={LocalDateField} />
        <DataTable.Col source="clientName" disableSort cellSx={() => ({ fontWeight: 600, minWidth: 180 })} />
        <DataTable.Col source="invoiceIds" disableSort render={(p: PaymentPlan) => <PlanInvoices plan={p} />} />
        <DataTable.Col source="totalCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col
          source="installments"
          disableSort
          align="right"
          render={(p: PaymentPlan) => (p.installments ? String(p.installments.length) : '')}
        />
        <DataTable.Col source="nextInstallment" disableSort render={(p: PaymentPlan) => <Next plan={p} />} />
        <DataTable.Col source="status" render={(p: PaymentPlan) => <PlanStatusChip status={p.status} />} />
      </DataTable>
    </List>
  );
};
