import { useState } from 'react';
import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Confirm, HttpError, useGetList, useLocale, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { CreditApproval, Order } from '../types';
import { SectionTitle } from '../shared/DocumentShowLayout';
import { StatusChip } from '../shared/EnumField';
import { formatDateTime, formatMoney } from '../shared/format';
import { errorText } from '../shared/serverErrors';
import { useCanWrite } from '../shared/useSandboxContext';
import { useDomainCall } from '../shared/useDocumentAction';
import { visuallyHidden } from '../shared/visuallyHidden';
import { CREDIT_CODES, CreditCheckDialog, type CreditRefusal } from './CreditCheckDialog';

const CHECK_COLORS = { passed: 'success', acknowledged: 'warning', approved: 'info', blocked: 'error' } as const;

/** "Valider" on a draft order: the credit check's refusal opens "Contrôle de l'encours" instead of a notification. */
export const ValidateOrderButton = () => {
  const record = useRecordContext<Order>();
  const translate = useTranslate();
  const notify = useNotify();
  const canWrite = useCanWrite();
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [refusal, setRefusal] = useState<CreditRefusal | null>(null);
  const [validateError, setValidateError] = useState<string | null>(null);
  const { mutate, isPending } = useDomainCall<Order, string[] | undefined>(
    (dataProvider, acknowledgements) =>
      dataProvider.documentAction<Order>('orders', record!.id, 'validate', acknowledgements?.length ? { acknowledgements } : {}),
    {
      success: 'resources.orders.actions.validated',
      notifyError: false,
      onSuccess: () => {
        setConfirmOpen(false);
        setRefusal(null);
        setValidateError(null);
      },
      onError: (error) => {
        setConfirmOpen(false);
        const body = error instanceof HttpError ? (error.body as { code?: string; details?: CreditRefusal['details'] } & CreditRefusal['details']) : undefined;
        if (error instanceof HttpError && error.status === 409 && body?.code && (CREDIT_CODES as readonly string[]).includes(body.code)) {
          setValidateError(null);
          // The figures come in `details`, or spread at the top of the body (the server's filter does that).
          setRefusal({ code: body.code, message: error.message, details: body.details ?? body });
        } else if (refusal) {
          setValidateError(errorText(error, translate));
        } else {
          notify(errorText(error, translate), { type: 'error', multiLine: true });
        }
      },
    },
  );
  if (!record || !canWrite || record.status !== 'draft') return null;
  return (
    <>
      <Button size="small" variant="contained" startIcon={<CheckCircleIcon />} disabled={isPending} onClick={() => setConfirmOpen(true)}>
        {translate('resources.orders.actions.validate')}
      </Button>
      <Confirm
        isOpen={confirmOpen}
        loading={isPending}
        title="resources.orders.actions.validateTitle"
        content="resources.orders.actions.validateContent"
        confirm="resources.orders.actions.validate"
        cancel="app.common.cancel"
        onConfirm={() => mutate(undefined)}
        onClose={() => setConfirmOpen(false)}
      />
      <CreditCheckDialog
        orderId={record.id}
        orderNumber={record.number}
        refusal={refusal}
        onClose={() => {
          setRefusal(null);
          setValidateError(null);
        }}
        onValidate={(acknowledgements) => mutate(acknowledgements)}
        validating={isPending}
        validateError={validateError}
      />
    </>
  );
};

/** "Encours : accepté / dépassement accepté / accord direction / bloqué" in the order's heading. */
export const CreditCheckChip = () => {
  const record = useRecordContext<Order>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record?.creditCheckStatus) return null;
  const status = record.creditCheckStatus;
  const color = CHECK_COLORS[status] ?? 'default';
  const when = record.creditCheckedAt ? ` — ${formatDateTime(record.creditCheckedAt, locale)}` : '';
  return (
    <Chip
      size="small"
      variant="outlined"
      color={color}
      sx={{ fontWeight: 600, borderWidth: 2, transition: 'none' }}
      label={`${translate('app.credit.orderCheck.short')} : ${translate(`app.enums.creditCheckStatus.${status}`, { _: status })}${when}`}
    />
  );
};

/** The order's credit check and the manager approvals asked for it (full width, under the order). */
export const OrderCreditSection = () => {
  const record = useRecordContext<Order>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data: approvals } = useGetList<CreditApproval>(
    'credit-approvals',
    { filter: { orderId: record?.id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'DESC' } },
    { enabled: !!record, retry: false },
  );
  if (!record) return null;
  const money = (c: number | null | undefined) => (c == null ? '—' : formatMoney(c, locale));
  const status = record.creditCheckStatus;
  return (
    <>
      <Box component="section" aria-labelledby="order-credit-title" sx={{ px: 2, pb: 2 }}>
        <SectionTitle id="order-credit-title">{translate('app.credit.orderCheck.title')}</SectionTitle>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          {status ? (
            <>
              <StatusChip enumName="creditCheckStatus" value={status} colors={CHECK_COLORS} />
              <Typography variant="body2">
                {translate(`app.credit.orderCheck.explain.${status}`, {
                  date: record.creditCheckedAt ? formatDateTime(record.creditCheckedAt, locale) : '—',
                })}
              </Typography>
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate(record.status === 'draft' ? 'app.credit.orderCheck.notYet' : 'app.credit.orderCheck.none')}
            </Typography>
          )}
        </Box>
        {approvals && approvals.length > 0 ? (
          <Table size="small">
            <Box component="caption" sx={visuallyHidden}>
              {translate('resources.credit-approvals.name', { smart_count: 2 })}
            </Box>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.credit-approvals.fields.requestedAt')}</TableCell>
                <TableCell align="right">{translate('resources.credit-approvals.fields.orderGrossCents')}</TableCell>
                <TableCell align="right">{translate('resources.credit-approvals.fields.outstandingCents')}</TableCell>
                <TableCell align="right">{translate('resources.credit-approvals.fields.creditLimitCents')}</TableCell>
                <TableCell align="right">{translate('resources.credit-approvals.fields.overrunCents')}</TableCell>
                <TableCell>{translate('resources.credit-approvals.fields.reason')}</TableCell>
                <TableCell>{translate('resources.credit-approvals.fields.status')}</TableCell>
                <TableCell>{translate('resources.credit-approvals.fields.decision')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {approvals.map((a) => (
                <TableRow key={String(a.id)}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.requestedAt, locale)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {money(a.orderGrossCents)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {money(a.outstandingCents)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {money(a.creditLimitCents)}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: 'error.main', fontWeight: 600 }}>
                    {money(a.overrunCents)}
                  </TableCell>
                  <TableCell sx={{ minWidth: 160 }}>{a.reason ?? '—'}</TableCell>
                  <TableCell>
                    <StatusChip enumName="creditApprovalStatus" value={a.status} colors={{ pending: 'warning', approved: 'success', refused: 'error' }} />
                  </TableCell>
                  <TableCell sx={{ minWidth: 260 }}>
                    {a.decidedAt ? (
                      <>
                        <Typography variant="body2" component="span" sx={{ display: 'block' }}>
                          {[a.decidedBy, formatDateTime(a.decidedAt, locale)].filter(Boolean).join(' — ')}
                        </Typography>
                        {a.decisionNote ? (
                          <Typography variant="caption" color="text.secondary">
                            {a.decisionNote}
                          </Typography>
                        ) : null}
                      </>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : null}
      </Box>
    </>
  );
};
