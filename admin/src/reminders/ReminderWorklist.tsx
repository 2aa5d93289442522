import { Fragment, useMemo, useState } from 'react';
import {
  Box,
  Button,
  Card,
  Chip,
  FormControlLabel,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { LinkBase, Title, useLocale, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router';
import { formatDate, formatLongDate, formatMoney } from '../shared/format';
import { useCanWrite, useSandboxContext } from '../shared/useSandboxContext';
import { CaptionedTable, DetailsRow, EmptyRow, LoadErrorAlert, LoadingRows, ReloadBar, ToggleCell, ToggleHeadCell, useOpenRows } from '../shared/TableParts';
import { InteractionsPanel } from '../interactions/InteractionsPanel';
import type { WorklistRow } from './types';
import { ClientLink, ClientTypeChips, NextStepChip, PromiseText, RemindersTabs, daysText, useStepText, useWorklist } from './parts';
import { InvoiceHeadCells, OVERDUE_INVOICE_COLUMNS, OverdueInvoiceCells } from './InvoiceCells';
import { PhoneCallDialog } from './PhoneCallDialog';
import { LitigationDialog } from './LitigationDialog';
import { useRecoveryProcedure } from './ReminderCreate';

const COLUMNS = 7;

/** What "Relancer" opens: the next written step, with every overdue invoice ticked. */
export const reminderDefaults = (row: WorklistRow) => {
  const step = row.nextStep && row.nextStep.kind !== 'litigation' ? row.nextStep : null;
  const level = step?.level ?? Math.min((row.lastLevel ?? 0) + 1, 3);
  const kind = step?.kind ?? (level >= 3 ? 'formal_notice' : level === 2 ? 'letter' : 'email');
  return { clientId: row.clientId, kind, level, invoiceIds: row.invoices.map((i) => i.invoiceId) };
};

const InvoicesOfRow = ({ row }: { row: WorklistRow }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('resources.reminders.worklist.invoicesOf', { client: row.clientName })}>
      <TableHead>
        <TableRow>
          <InvoiceHeadCells columns={OVERDUE_INVOICE_COLUMNS} />
        </TableRow>
      </TableHead>
      <TableBody>
        {row.invoices.map((invoice) => (
          <TableRow key={String(invoice.invoiceId)}>
            <OverdueInvoiceCells invoice={invoice} lateInRed />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const RowActions = ({
  row,
  onCall,
  onLitigation,
}: {
  row: WorklistRow;
  onCall: (row: WorklistRow) => void;
  onLitigation: (row: WorklistRow) => void;
}) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const canWrite = useCanWrite();
  if (!canWrite) return null;
  const litigationDue = row.nextStep?.kind === 'litigation' && !row.litigationSince;
  const name = row.clientName;
  return (
    <Box
      sx={{
        display: 'flex',
        gap: 0.5,
        flexWrap: 'nowrap',
        justifyContent: 'flex-end',
        '& .MuiButton-root': { textTransform: 'none', whiteSpace: 'nowrap', px: 1, minWidth: 0 },
        '& .MuiButton-startIcon': { mr: 0.5 },
      }}
    >
      {!row.litigationSince ? (
        <Button
          size="small"
          variant={row.dueToday && row.nextStep?.kind !== 'litigation' ? 'contained' : 'outlined'}
          aria-label={translate('resources.reminders.actions.remindAria', { client: name })}
          onClick={() => navigate('/reminders/create', { state: { record: reminderDefaults(row) } })}
        >
          {translate('resources.reminders.actions.remind')}
        </Button>
      ) : null}
      <Button
        size="small"
        variant="outlined"
        aria-label={translate('resources.reminders.actions.callAria', { client: name })}
        onClick={() => onCall(row)}
      >
        {translate('resources.reminders.actions.call')}
      </Button>
      {!row.paymentPlanId && !row.litigationSince ? (
        <Button
          size="small"
          variant="outlined"
          aria-label={translate('resources.reminders.actions.planAria', { client: name })}
          onClick={() =>
            navigate('/payment-plans/create', {
              state: { record: { clientId: row.clientId, invoiceIds: row.invoices.map((i) => i.invoiceId) } },
            })
          }
        >
          {translate('resources.reminders.actions.plan')}
        </Button>
      ) : null}
      {litigationDue ? (
        <Button
          size="small"
          variant="contained"
          color="error"
          aria-label={translate('resources.reminders.actions.litigationAria', { client: name })}
          onClick={() => onLitigation(row)}
        >
          {translate('resources.reminders.actions.litigation')}
        </Button>
      ) : null}
    </Box>
  );
};

/** Promise to pay, payment plan, litigation: what is already agreed or done with this client. */
const FollowUp = ({ row }: { row: WorklistRow }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data: context } = useSandboxContext();
  const broken = !!row.promise && !!context?.scenarioToday && row.promise.date < context.scenarioToday;
  if (!row.promise && !row.paymentPlanId && !row.litigationSince) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.5 }}>
      {row.promise ? (
        <Chip
          size="small"
          color={broken ? 'error' : 'success'}
          variant="outlined"
          label={<PromiseText promise={row.promise} broken={broken} />}
          sx={{ height: 22 }}
        />
      ) : null}
      {row.paymentPlanId ? (
        <Chip
          size="small"
          color="info"
          variant="outlined"
          clickable
          component={LinkBase}
          to={`/payment-plans/${row.paymentPlanId}/show`}
          label={translate('resources.reminders.worklist.paymentPlan')}
          sx={{ height: 22 }}
        />
      ) : null}
      {row.litigationSince ? (
        <Chip
          size="small"
          color="error"
          label={translate('resources.reminders.worklist.litigationSince', { date: formatDate(row.litigationSince, locale) })}
          sx={{ height: 22 }}
        />
      ) : null}
    </Box>
  );
};

const WorklistRowView = ({
  row,
  open,
  onToggle,
  onCall,
  onLitigation,
}: {
  row: WorklistRow;
  open: boolean;
  onToggle: () => void;
  onCall: (row: WorklistRow) => void;
  onLitigation: (row: WorklistRow) => void;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const detailsId = `worklist-details-${row.clientId}`;
  return (
    <Fragment>
      <TableRow hover sx={{ '& > td': { borderBottom: open ? 0 : undefined }, verticalAlign: 'top' }}>
        <ToggleCell
          open={open}
          controls={detailsId}
          label={translate(open ? 'resources.reminders.worklist.collapse' : 'resources.reminders.worklist.expand', { client: row.clientName })}
          onToggle={onToggle}
          sx={{ pt: 1 }}
        />
        <TableCell sx={{ minWidth: 210 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <ClientLink id={row.clientId} name={row.clientName} />
            <ClientTypeChips customerType={row.customerType} language={row.language} />
          </Box>
          <Typography variant="caption" color="text.secondary" component="div">
            <Box component="span" sx={{ fontFamily: 'monospace', mr: 1 }}>
              {row.clientCode}
            </Box>
            {translate('resources.reminders.worklist.invoiceCount', { smart_count: row.invoices.length })}
          </Typography>
          <FollowUp row={row} />
        </TableCell>
        <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 700, fontVariantNumeric: 'tabular-nums', pt: 1.5 }}>
          {formatMoney(row.totalBalanceCents, locale)}
        </TableCell>
        <TableCell align="right" sx={{ whiteSpace: 'nowrap', pt: 1.5 }}>
          {daysText(row.maxDaysOverdue, translate)}
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap', pt: 1.5 }}>
          {row.lastLevel ? (
            <>
              {translate('resources.reminders.levelShort', { level: row.lastLevel })}
              <Typography component="div" variant="caption" color="text.secondary">
                {formatDate(row.lastReminderDate, locale)}
              </Typography>
            </>
          ) : (
            <Typography component="span" variant="body2" color="text.secondary">
              {translate('resources.reminders.worklist.never')}
            </Typography>
          )}
        </TableCell>
        <TableCell sx={{ pt: 1.25, width: 220 }}>
          {row.nextStep ? (
            <NextStepChip step={row.nextStep} due={row.dueToday} />
          ) : (
            <Typography component="span" variant="body2" color="text.secondary">
              {translate('resources.reminders.worklist.nothingYet')}
            </Typography>
          )}
        </TableCell>
        <TableCell align="right" sx={{ pt: 1, width: '1%' }}>
          <RowActions row={row} onCall={onCall} onLitigation={onLitigation} />
        </TableCell>
      </TableRow>
      <DetailsRow open={open} colSpan={COLUMNS} id={detailsId} sx={{ pr: 1, display: 'flex', flexDirection: 'column', gap: 1.5, maxWidth: 1000 }}>
        <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
          <Typography component="h3" variant="subtitle2" sx={{ mb: 0.5 }}>
            {translate('resources.reminders.worklist.invoicesTitle')}
          </Typography>
          <InvoicesOfRow row={row} />
        </Box>
        <InteractionsPanel clientId={row.clientId} compact />
      </DetailsRow>
    </Fragment>
  );
};

/** The company's procedure, so that the candidate sees why a step is due: "Niveau 1 — … à J+7 · … · contentieux à J+50". */
const ProcedureLegend = () => {
  const translate = useTranslate();
  const stepText = useStepText();
  const { steps, litigationAfterDays, loaded } = useRecoveryProcedure();
  if (!loaded) return null;
  const parts = steps.map((s) => translate('resources.reminders.worklist.procedureStep', { step: stepText(s), days: s.afterDays }));
  if (litigationAfterDays != null) {
    parts.push(translate('resources.reminders.worklist.procedureStep', { step: stepText({ kind: 'litigation' }), days: litigationAfterDays }));
  }
  return (
    <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
      {translate('resources.reminders.worklist.legend')} {parts.join(' · ')}.
    </Typography>
  );
};

export const ReminderWorklist = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const { data: context } = useSandboxContext();
  const { data, isPending, isFetching, error, refetch } = useWorklist();
  const [todayOnly, setTodayOnly] = useState(true);
  const [search, setSearch] = useState('');
  const { isOpen, toggle } = useOpenRows();
  const [calling, setCalling] = useState<WorklistRow | null>(null);
  const [litigation, setLitigation] = useState<WorklistRow | null>(null);
  const stepText = useStepText();

  const all = useMemo(() => data ?? [], [data]);
  const rows = useMemo(() => {
    const q = search.trim().toLowerCase();
    return all
      .filter((row) => !todayOnly || row.dueToday)
      .filter((row) => !q || row.clientName.toLowerCase().includes(q) || row.clientCode.toLowerCase().includes(q));
  }, [all, todayOnly, search]);
  const dueCount = all.filter((r) => r.dueToday).length;
  const totalOverdue = all.reduce((sum, r) => sum + r.totalBalanceCents, 0);
  const shownTotal = rows.reduce((sum, r) => sum + r.totalBalanceCents, 0);

  const emptyText = all.length === 0 ? 'resources.reminders.worklist.emptyAll' : todayOnly && !search ? 'resources.reminders.worklist.emptyToday' : 'resources.reminders.worklist.emptySearch';

  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('resources.reminders.titles.worklist')} />
      <RemindersTabs />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5, maxWidth: 960 }}>
        {context?.scenarioToday ? `${translate('resources.reminders.worklist.asOf', { date: formatLongDate(context.scenarioToday, locale) })} ` : ''}
        {data
          ? translate('resources.reminders.worklist.summary', {
              smart_count: all.length,
              total: formatMoney(totalOverdue, locale),
              due: dueCount,
            })
          : ''}
      </Typography>
      <Card>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1, flexWrap: 'wrap', borderBottom: 1, borderColor: 'divider' }}>
          <FormControlLabel
            control={<Switch checked={todayOnly} onChange={(e) => setTodayOnly(e.target.checked)} />}
            label={translate('resources.reminders.worklist.todayOnly', { smart_count: dueCount })}
          />
          <TextField
            id="worklist-search"
            label={translate('resources.reminders.worklist.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            fullWidth={false}
            sx={{ width: 260, my: 0 }}
            slotProps={{ htmlInput: { autoComplete: 'off' } }}
          />
          <Typography variant="body2" sx={{ ml: 'auto', fontVariantNumeric: 'tabular-nums' }} aria-live="polite">
            {data ? translate('resources.reminders.worklist.shown', { smart_count: rows.length, total: formatMoney(shownTotal, locale) }) : ''}
          </Typography>
        </Box>
        <ReloadBar active={isFetching && !isPending} />
        {error ? <LoadErrorAlert error={error} onRetry={() => refetch()} /> : null}
        <CaptionedTable caption={translate('resources.reminders.titles.worklist')} captionId="worklist-caption">
          <TableHead>
            <TableRow>
              <ToggleHeadCell label={translate('resources.reminders.worklist.details')} />
              <TableCell>{translate('resources.reminders.worklist.client')}</TableCell>
              <TableCell align="right">{translate('resources.reminders.worklist.totalOverdue')}</TableCell>
              <TableCell align="right">{translate('resources.reminders.worklist.maxDays')}</TableCell>
              <TableCell>{translate('resources.reminders.worklist.lastReminder')}</TableCell>
              <TableCell>{translate('resources.reminders.worklist.nextStep')}</TableCell>
              <TableCell align="right">{translate('resources.reminders.worklist.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {isPending ? (
              <LoadingRows colSpan={COLUMNS} height={32} />
            ) : rows.length === 0 && !error ? (
              <EmptyRow colSpan={COLUMNS} message={translate(emptyText)}>
                {todayOnly && all.length > 0 ? (
                  <Button sx={{ mt: 1 }} onClick={() => setTodayOnly(false)}>
                    {translate('resources.reminders.worklist.showAll', { smart_count: all.length })}
                  </Button>
                ) : null}
              </EmptyRow>
            ) : (
              rows.map((row) => (
                <WorklistRowView
                  key={String(row.clientId)}
                  row={row}
                  open={isOpen(String(row.clientId))}
                  onToggle={() => toggle(String(row.clientId))}
                  onCall={setCalling}
                  onLitigation={setLitigation}
                />
              ))
            )}
          </TableBody>
          {rows.length > 1 ? (
            <TableFooter>
              <TableRow>
                <TableCell colSpan={2} sx={{ fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' }}>
                  {translate('resources.reminders.worklist.total')}
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 700, color: 'text.primary', whiteSpace: 'nowrap', fontSize: '0.875rem' }}>
                  {formatMoney(shownTotal, locale)}
                </TableCell>
                <TableCell colSpan={COLUMNS - 3} />
              </TableRow>
            </TableFooter>
          ) : null}
        </CaptionedTable>
      </Card>
      <ProcedureLegend />
      {calling ? <PhoneCallDialog row={calling} stepText={stepText(calling.nextStep)} onClose={() => setCalling(null)} /> : null}
      {litigation ? <LitigationDialog row={litigation} onClose={() => setLitigation(null)} /> : null}
    </Box>
  );
};
