import type { ReactNode } from 'react';
import { Box, Button, Chip, LinearProgress, List, ListItem, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import { useLocale, useTranslate } from 'react-admin';
import type { ChecksPayload, CheckResult } from '../sessions/examTypes';
import { formatDateTime } from '../shared/format';

/** Evidence given by the server for a check: a text, a list, or a small object of named values. */
export const EvidenceView = ({ value }: { value: unknown }): ReactNode => {
  if (value == null || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return <>{String(value)}</>;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    return (
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {value.slice(0, 20).map((item, i) => (
          <li key={i}>
            <EvidenceView value={item} />
          </li>
        ))}
      </Box>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v != null && v !== '');
    return (
      <>
        {entries.map(([key, v], i) => (
          <Box component="span" key={key} sx={{ display: 'inline' }}>
            {i > 0 ? ' · ' : ''}
            <Box component="span" sx={{ fontWeight: 600 }}>
              {key}
            </Box>{' '}
            : {typeof v === 'object' ? JSON.stringify(v) : String(v)}
          </Box>
        ))}
      </>
    );
  }
  return null;
};

export const checksSummary = (payload: ChecksPayload | undefined) => {
  const results = payload?.results ?? [];
  const passed = payload?.passed ?? payload?.summary?.passed ?? results.filter((r) => r.passed).length;
  const total = payload?.total ?? payload?.summary?.total ?? results.length;
  return { passed, total };
};

/** Passed / failed checks with their labels; the jury also sees the criterion and the evidence. */
export const ChecksList = ({
  payload,
  showEvidence = false,
  onOpen,
}: {
  payload: ChecksPayload;
  showEvidence?: boolean;
  /** Opens the record a check is about (the jury's read-only view). */
  onOpen?: (resource: string, id: string) => void;
}) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { passed, total } = checksSummary(payload);
  if (total === 0) return <Typography color="text.secondary">{translate('app.checks.none')}</Typography>;
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="body1" sx={{ fontWeight: 600 }} data-testid="checks-summary">
          {translate('app.checks.summary', { passed, total })}
        </Typography>
        <LinearProgress
          variant="determinate"
          value={total ? (passed / total) * 100 : 0}
          color={passed === total ? 'success' : 'primary'}
          sx={{ flex: 1, maxWidth: 240, height: 8, borderRadius: 4 }}
          aria-label={translate('app.checks.summary', { passed, total })}
        />
        {payload.evaluatedAt || payload.source ? (
          <Typography variant="caption" color="text.secondary">
            {payload.evaluatedAt ? translate('app.checks.evaluatedAt', { date: formatDateTime(payload.evaluatedAt, locale) }) : ''}
            {payload.source === 'snapshot' ? translate('app.checks.onSnapshot') : payload.source === 'live' ? translate('app.checks.onLive') : ''}
          </Typography>
        ) : null}
      </Box>
      <List dense disablePadding aria-label={translate('app.checks.title')}>
        {payload.results.map((check: CheckResult) => (
          <ListItem
            key={check.id}
            disableGutters
            sx={{ alignItems: 'flex-start', gap: 1.25, py: 0.75, borderBottom: 1, borderColor: 'divider' }}
            data-testid="check-row"
          >
            <Box aria-hidden sx={{ color: check.passed ? 'success.main' : 'error.main', display: 'flex', pt: 0.25 }}>
              {check.passed ? <CheckCircleIcon fontSize="small" /> : <CancelIcon fontSize="small" />}
            </Box>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                <Box component="span" sx={{ fontWeight: 700, color: check.passed ? 'success.main' : 'error.main' }}>
                  {translate(check.passed ? 'app.checks.passed' : 'app.checks.failed')}
                </Box>
                {' — '}
                {check.label}
              </Typography>
              {check.message ? (
                <Typography variant="body2" color="text.secondary">
                  {check.message}
                </Typography>
              ) : null}
              {showEvidence && check.evidence != null ? (
                <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.25 }}>
                  <EvidenceView value={check.evidence} />
                </Typography>
              ) : null}
            </Box>
            {showEvidence && onOpen && check.record ? (
              <Button size="small" onClick={() => onOpen(check.record!.resource, String(check.record!.id))} aria-label={`${translate('app.jury.productions.open')} — ${check.label}`}>
                {translate('app.jury.productions.open')}
              </Button>
            ) : null}
            {showEvidence && check.criterionId ? (
              <Chip size="small" variant="outlined" label={check.criterionId} title={check.criterionLabel ?? undefined} />
            ) : null}
          </ListItem>
        ))}
      </List>
    </Box>
  );
};
