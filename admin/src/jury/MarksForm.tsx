import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Table, TableBody, TableCell, TableContainer, TableFooter, TableHead, TableRow, TextField, Typography } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useQueryClient } from '@tanstack/react-query';
import { useLocale, useNotify, useTranslate, type Identifier } from 'react-admin';
import { examApi } from '../sessions/examApi';
import type { CheckResult, MarkRow, MarksView } from '../sessions/examTypes';
import { intlLocale } from '../i18n/i18nProvider';
import { errorText } from '../shared/serverErrors';

interface Row {
  criterionId: string;
  others: MarkRow[];
  label: string | null;
  passed: number;
  total: number;
  /** Sum of the points of the criterion's checks, and of those passed (the suggestion). */
  scale: number;
  earned: number;
  points: string;
  maxPoints: string;
  comment: string;
}

const M = 'app.jury.marks';

const parseNumber = (text: string): number | null | undefined => {
  const value = text.replace(/\s/g, '').replace(',', '.');
  if (value === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return undefined;
  return Number(value);
};

/** One row per criterion of the scenario's checks (and per criterion already marked): points / max and a comment. */
export const MarksForm = ({
  sessionId,
  candidateId,
  checks,
  view,
}: {
  sessionId: Identifier;
  candidateId: Identifier;
  checks: CheckResult[];
  view: MarksView;
}) => {
  const editable = !!view.canWrite;
  const labelOf = (id: string) => view.criteria?.find((c) => c.id === id)?.label ?? null;
  // The caller's own marks fill the form; the other juries' are shown beside, read-only.
  const mine = view.marks.filter((m) => m.mine !== false);
  const others = view.marks.filter((m) => m.mine === false);
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const number = (n: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(n);
  const toText = (n: number | null | undefined) => (n == null ? '' : number(n).replace(/\s/g, ''));

  const initial = useMemo<Row[]>(() => {
    const byCriterion = new Map<string, Row>();
    const rowOf = (id: string, label?: string | null) => {
      let row = byCriterion.get(id);
      if (!row) {
        row = { criterionId: id, others: [], label: label ?? labelOf(id), passed: 0, total: 0, scale: 0, earned: 0, points: '', maxPoints: '', comment: '' };
        byCriterion.set(id, row);
      }
      return row;
    };
    for (const check of checks) {
      const id = check.criterionId ?? check.criterion;
      if (!id) continue;
      const row = rowOf(id, check.criterionLabel);
      row.total += 1;
      if (check.passed) row.passed += 1;
      // The checks' points pre-fill the grid: the scale, and a suggestion of points.
      if (check.points != null) {
        row.scale += check.points;
        if (check.passed) row.earned += check.points;
      }
    }
    for (const row of byCriterion.values()) if (row.scale > 0) row.maxPoints = toText(row.scale);
    for (const mark of mine) {
      const row = rowOf(mark.criterionId, mark.criterionLabel ?? mark.label);
      row.points = toText(mark.points);
      row.maxPoints = toText(mark.maxPoints);
      row.comment = mark.comment ?? '';
    }
    for (const mark of others) rowOf(mark.criterionId, mark.criterionLabel ?? mark.label).others.push(mark);
    return [...byCriterion.values()].sort((a, b) => a.criterionId.localeCompare(b.criterionId));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checks, view, locale]);

  const [rows, setRows] = useState<Row[]>(initial);
  const [errors, setErrors] = useState<Record<string, { points?: string; maxPoints?: string }>>({});
  const [pending, setPending] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  useEffect(() => setRows(initial), [initial]);

  const set = (index: number, patch: Partial<Row>) => setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const totals = rows.reduce(
    (sum, row) => ({ points: sum.points + (parseNumber(row.points) ?? 0), max: sum.max + (parseNumber(row.maxPoints) ?? 0) }),
    { points: 0, max: 0 },
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    const payload: MarkRow[] = [];
    for (const row of rows) {
      const points = parseNumber(row.points);
      const maxPoints = parseNumber(row.maxPoints);
      const comment = row.comment.trim();
      if (points === null && maxPoints === null && !comment) continue; // not graded: nothing to send
      const rowErrors: { points?: string; maxPoints?: string } = {};
      if (points === undefined) rowErrors.points = `${M}.invalidNumber`;
      if (maxPoints === undefined) rowErrors.maxPoints = `${M}.invalidNumber`;
      else if (maxPoints === null) rowErrors.maxPoints = `${M}.maxRequired`;
      else if (maxPoints <= 0) rowErrors.maxPoints = `${M}.invalidNumber`;
      if (points != null && maxPoints != null && points > maxPoints) rowErrors.points = `${M}.aboveMax`;
      if (Object.keys(rowErrors).length) found[row.criterionId] = rowErrors;
      payload.push({ criterionId: row.criterionId, points: points ?? null, maxPoints: maxPoints ?? null, comment: comment || null });
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    if (payload.length === 0) {
      setServerError(translate(`${M}.nothing`));
      return;
    }
    setPending(true);
    setServerError(null);
    try {
      await examApi.saveMarks(sessionId, candidateId, payload);
      notify(`${M}.saved`, { type: 'success' });
      queryClient.invalidateQueries({ queryKey: ['exam', 'marks', String(sessionId), String(candidateId)] });
    } catch (e) {
      setServerError(errorText(e, translate));
    } finally {
      setPending(false);
    }
  };

  if (rows.length === 0) return <Typography color="text.secondary">{translate(`${M}.noCriteria`)}</Typography>;

  return (
    <Box component="form" onSubmit={submit} noValidate aria-label={translate('app.jury.tabs.marks')}>
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
        <Table size="small" data-testid="marks-table">
          <TableHead>
            <TableRow>
              <TableCell>{translate(`${M}.criterion`)}</TableCell>
              <TableCell>{translate(`${M}.checks`)}</TableCell>
              <TableCell sx={{ width: 110 }}>{translate(`${M}.points`)}</TableCell>
              <TableCell sx={{ width: 110 }}>{translate(`${M}.maxPoints`)}</TableCell>
              <TableCell>{translate(`${M}.comment`)}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => {
              const rowErrors = errors[row.criterionId] ?? {};
              return (
                <TableRow key={row.criterionId}>
                  <TableCell component="th" scope="row">
                    <Typography variant="body2" sx={{ fontWeight: 700, fontFamily: 'monospace' }}>
                      {row.criterionId}
                    </Typography>
                    {row.label ? (
                      <Typography variant="caption" color="text.secondary">
                        {row.label}
                      </Typography>
                    ) : null}
                    {row.others.map((other) => (
                      <Typography key={String(other.juryId)} variant="caption" component="div" sx={{ mt: 0.5 }}>
                        {translate(`${M}.other`, {
                          name: other.juryName ?? '—',
                          points: other.points == null ? '—' : number(other.points),
                          max: other.maxPoints == null ? '—' : number(other.maxPoints),
                        })}
                        {other.comment ? ` — ${other.comment}` : ''}
                      </Typography>
                    ))}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {row.total ? translate('app.checks.short', { passed: row.passed, total: row.total }) : translate('app.common.none')}
                  </TableCell>
                  <TableCell>
                    <TextField
                      value={row.points}
                      onChange={(e) => set(index, { points: e.target.value })}
                      placeholder={row.scale > 0 ? number(row.earned) : undefined}
                      title={row.scale > 0 ? translate(`${M}.suggestion`, { points: number(row.earned) }) : undefined}
                      slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': translate(`${M}.pointsFor`, { id: row.criterionId }) } }}
                      disabled={!editable}
                      error={!!rowErrors.points}
                      helperText={rowErrors.points ? translate(rowErrors.points) : undefined}
                      margin="none"
                    />
                  </TableCell>
                  <TableCell>
                    <TextField
                      value={row.maxPoints}
                      onChange={(e) => set(index, { maxPoints: e.target.value })}
                      slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': translate(`${M}.maxFor`, { id: row.criterionId }) } }}
                      disabled={!editable}
                      error={!!rowErrors.maxPoints}
                      helperText={rowErrors.maxPoints ? translate(rowErrors.maxPoints) : undefined}
                      margin="none"
                    />
                  </TableCell>
                  <TableCell sx={{ minWidth: 240 }}>
                    <TextField
                      value={row.comment}
                      onChange={(e) => set(index, { comment: e.target.value })}
                      slotProps={{ htmlInput: { 'aria-label': translate(`${M}.commentFor`, { id: row.criterionId }), maxLength: 2000 } }}
                      disabled={!editable}
                      multiline
                      minRows={1}
                      margin="none"
                    />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={2} sx={{ fontWeight: 700, color: 'text.primary' }}>
                {translate(`${M}.total`)}
              </TableCell>
              <TableCell colSpan={3} sx={{ fontWeight: 700, color: 'text.primary' }} data-testid="marks-total">
                {number(totals.points)} / {number(totals.max)}
              </TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </TableContainer>
      {serverError ? (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {serverError}
        </Alert>
      ) : null}
      {editable ? (
        <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={pending} sx={{ mt: 2 }}>
          {translate(`${M}.save`)}
        </Button>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(`${M}.readOnly`)}
        </Typography>
      )}
    </Box>
  );
};
