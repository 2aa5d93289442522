import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import ShieldIcon from '@mui/icons-material/Shield';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import SendIcon from '@mui/icons-material/Send';
import { useLocale, useTranslate, type Identifier } from 'react-admin';
import type { CreditApproval, CreditCheckDetails } from '../types';
import { formatDateTime, formatMoney } from '../shared/format';
import { errorText } from '../shared/serverErrors';
import { useDomainCall } from '../shared/useDocumentAction';
import { RiskStatusChip } from './RiskStatusChip';

/** Codes of a refused validation that open the credit dialog (409 with details). */
export const CREDIT_CODES = ['CREDIT_LIMIT_EXCEEDED', 'CLIENT_BLOCKED', 'CREDIT_APPROVAL_PENDING', 'CREDIT_APPROVAL_REFUSED'] as const;

export interface CreditRefusal {
  code: string;
  message: string;
  details: Partial<CreditCheckDetails>;
}

const Figure = ({ label, value, strong, color }: { label: string; value: React.ReactNode; strong?: boolean; color?: string }) => (
  <TableRow sx={{ '& td, & th': { py: 0.6 } }}>
    <TableCell component="th" scope="row" sx={{ fontWeight: strong ? 700 : 500, pl: 0 }}>
      {label}
    </TableCell>
    <TableCell align="right" sx={{ fontWeight: strong ? 700 : 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color, pr: 0 }}>
      {value}
    </TableCell>
  </TableRow>
);

/**
 * "Contrôle de l'encours": the figures of the refused validation, the server's message, and what
 * the company's rules allow: acknowledge the overrun and validate, or ask the manager's approval.
 */
export const CreditCheckDialog = ({
  orderId,
  orderNumber,
  refusal,
  onClose,
  onValidate,
  validating,
  validateError,
}: {
  orderId: Identifier;
  orderNumber?: string | null;
  refusal: CreditRefusal | null;
  onClose: () => void;
  /** POST orders/:id/validate with these acknowledgements. */
  onValidate: (acknowledgements: string[]) => void;
  validating: boolean;
  validateError: string | null;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const [acknowledged, setAcknowledged] = useState(false);
  const [reason, setReason] = useState('');
  const [approval, setApproval] = useState<CreditApproval | null>(null);
  const [approvalError, setApprovalError] = useState<string | null>(null);
  const request = useDomainCall<CreditApproval, string>(
    (dataProvider, text) => dataProvider.documentAction<CreditApproval>('orders', orderId, 'credit-approval', text ? { reason: text } : {}),
    {
      notifyError: false,
      onSuccess: (data) => {
        setApproval(data);
        setApprovalError(null);
      },
      onError: (error) => setApprovalError(errorText(error, translate)),
    },
  );
  const open = !!refusal;
  const d = refusal?.details ?? {};
  const actions = d.actions ?? [];
  const money = (c: number | null | undefined) => (c == null ? '—' : formatMoney(c, locale));
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.credit.check.${key}`, options);
  const severe = refusal?.code === 'CLIENT_BLOCKED' || refusal?.code === 'CREDIT_APPROVAL_REFUSED';
  const busy = validating || request.isPending;

  const close = () => {
    if (busy) return;
    setAcknowledged(false);
    setReason('');
    setApproval(null);
    setApprovalError(null);
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="credit-check-title" aria-describedby="credit-check-message">
      <DialogTitle id="credit-check-title" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <ShieldIcon color={severe ? 'error' : 'warning'} aria-hidden />
        {t('title')}
        {orderNumber ? (
          <Typography component="span" color="text.secondary" sx={{ ml: 0.5 }}>
            — {orderNumber}
          </Typography>
        ) : null}
      </DialogTitle>
      <DialogContent>
        <Alert id="credit-check-message" severity={severe ? 'error' : 'warning'} sx={{ mb: 2 }}>
          <AlertTitle>{translate(`app.credit.check.codes.${refusal?.code ?? 'CREDIT_LIMIT_EXCEEDED'}`, { _: t('title') })}</AlertTitle>
          {refusal?.message}
        </Alert>
        <Table size="small" aria-label={t('figures')}>
          <TableBody>
            <Figure label={t('creditLimit')} value={d.creditLimitCents == null ? translate('app.credit.noLimit') : money(d.creditLimitCents)} />
            <Figure label={t('outstanding')} value={money(d.outstandingCents)} />
            <Figure label={t('orderGross')} value={money(d.orderGrossCents)} />
            <Figure label={t('projected')} value={money(d.projectedCents)} strong />
            <Figure label={t('overrun')} value={money(d.overrunCents)} strong color={(d.overrunCents ?? 0) > 0 ? 'error.main' : undefined} />
            <Figure label={translate('app.credit.fields.riskStatus')} value={<RiskStatusChip status={d.riskStatus} />} />
            {d.policy ? <Figure label={t('policy')} value={translate(`app.enums.creditOverrunPolicy.${d.policy}`, { _: d.policy })} /> : null}
          </TableBody>
        </Table>

        {actions.includes('acknowledge') ? (
          <Box component="section" aria-labelledby="credit-ack-title" sx={{ mt: 2 }}>
            <Divider sx={{ mb: 1.5 }} />
            <Typography id="credit-ack-title" component="h3" variant="subtitle2" sx={{ fontWeight: 700, mb: 0.5 }}>
              {t('ackTitle')}
            </Typography>
            <FormControlLabel
              control={<Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />}
              label={t('ackLabel')}
            />
            <Box sx={{ mt: 1 }}>
              <Button
                variant="contained"
                color="warning"
                disabled={!acknowledged || busy}
                startIcon={validating ? <CircularProgress size={16} color="inherit" /> : <CheckCircleIcon />}
                onClick={() => onValidate(['credit_overrun'])}
              >
                {t('validateAnyway')}
              </Button>
            </Box>
          </Box>
        ) : null}

        {actions.includes('request_approval') ? (
          <Box component="section" aria-labelledby="credit-approval-title" sx={{ mt: 2 }}>
            <Divider sx={{ mb: 1.5 }} />
            <Typography id="credit-approval-title" component="h3" variant="subtitle2" sx={{ fontWeight: 700, mb: 0.5 }}>
              {t('approvalTitle')}
            </Typography>
            {approval ? (
              <ApprovalDecision approval={approval} onValidate={() => onValidate([])} busy={busy} validating={validating} />
            ) : (
              <>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  {t('approvalIntro')}
                </Typography>
                <TextField
                  id="credit-approval-reason"
                  label={t('reason')}
                  value={reason}
                  onChange={(e) => setReason(e.target.value)}
                  helperText={t('reasonHelp')}
                  multiline
                  minRows={2}
                  slotProps={{ htmlInput: { maxLength: 500 } }}
                />
                <Box sx={{ mt: 1 }}>
                  <Button
                    variant="contained"
                    disabled={busy}
                    startIcon={request.isPending ? <CircularProgress size={16} color="inherit" /> : <SendIcon />}
                    onClick={() => request.mutate(reason.trim())}
                  >
                    {t('requestApproval')}
                  </Button>
                </Box>
              </>
            )}
            {approvalError ? (
              <Alert severity="error" role="alert" sx={{ mt: 1 }}>
                {approvalError}
              </Alert>
            ) : null}
          </Box>
        ) : null}

        {actions.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {t(refusal?.code === 'CREDIT_APPROVAL_PENDING' ? 'pendingHelp' : 'noActionHelp')}
          </Typography>
        ) : null}
        {validateError ? (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {validateError}
          </Alert>
        ) : null}
        {approval?.requestedAt ? (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {t('requestedAt', { date: formatDateTime(approval.requestedAt, locale) })}
          </Typography>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={busy}>
          {translate('app.common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

/** The manager's answer: approved (validate now), refused (with the reason) or still pending. */
const ApprovalDecision = ({ approval, onValidate, busy, validating }: { approval: CreditApproval; onValidate: () => void; busy: boolean; validating: boolean }) => {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.credit.check.${key}`, options);
  if (approval.status === 'approved') {
    return (
      <Alert
        severity="success"
        role="status"
        action={
          <Button
            color="inherit"
            variant="outlined"
            size="small"
            disabled={busy}
            startIcon={validating ? <CircularProgress size={14} color="inherit" /> : <CheckCircleIcon />}
            onClick={onValidate}
          >
            {t('validateNow')}
          </Button>
        }
      >
        <AlertTitle>{t('approved')}</AlertTitle>
        {approval.decisionNote ? t('decisionBy', { name: approval.decidedBy ?? '', note: approval.decisionNote }) : null}
      </Alert>
    );
  }
  if (approval.status === 'refused') {
    return (
      <Alert severity="error" role="status">
        <AlertTitle>{t('refused')}</AlertTitle>
        {approval.decisionNote ? t('decisionBy', { name: approval.decidedBy ?? '', note: approval.decisionNote }) : null}
      </Alert>
    );
  }
  return (
    <Alert severity="info" role="status">
      {t('pending')}
    </Alert>
  );
};
