import { useMemo, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  LinearProgress,
  Link as MuiLink,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DownloadIcon from '@mui/icons-material/Download';
import SendIcon from '@mui/icons-material/Send';
import { useQuery } from '@tanstack/react-query';
import { LinkBase, Title, useDataProvider, useGetList, useGetOne, useLocale, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router';
import type { ComptoirDataProvider } from '../dataProvider';
import type { ThirdParty } from '../types';
import { formatDate, formatMoney } from '../shared/format';
import { errorText } from '../shared/serverErrors';
import { usePdfFile, type PdfFetcher } from '../shared/PdfButtons';
import { useCanWrite, useSandboxContext } from '../shared/useSandboxContext';
import { visuallyHidden } from '../shared/visuallyHidden';
import { ClientTypeChips, daysText } from '../reminders/parts';
import type { Statement, StatementEntry } from './types';
import { StatementSendDialog } from './StatementSendDialog';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Client picker: type a name or a code. */
const ClientPicker = ({ value, onChange }: { value: string; onChange: (id: string) => void }) => {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const { data: options = [], isPending } = useGetList<ThirdParty>('third-parties', {
    filter: { role: 'client', ...(input.trim() ? { q: input.trim() } : {}) },
    pagination: { page: 1, perPage: 25 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data: selected } = useGetOne<ThirdParty>('third-parties', { id: value }, { enabled: !!value });
  const all = selected && !options.some((o) => String(o.id) === String(selected.id)) ? [selected, ...options] : options;
  return (
    <Autocomplete
      id="statement-client"
      options={all}
      value={selected && String(selected.id) === value ? selected : null}
      onChange={(_e, option) => onChange(option ? String(option.id) : '')}
      onInputChange={(_e, text, reason) => {
        if (reason === 'input') setInput(text);
        if (reason === 'clear') setInput('');
      }}
      filterOptions={(x) => x}
      isOptionEqualToValue={(a, b) => String(a.id) === String(b.id)}
      getOptionLabel={(t) => `${t.name} (${t.code})`}
      loading={isPending}
      noOptionsText={translate('ra.navigation.no_results')}
      sx={{ width: 340 }}
      renderInput={(params) => <TextField {...params} label={translate('app.statements.client')} required />}
    />
  );
};

const KIND_KEYS: Record<string, string> = { invoice: 'invoices', credit_note: 'credit-notes', payment: 'payments' };

const DocumentCell = ({ entry }: { entry: StatementEntry }) => {
  const translate = useTranslate();
  const id = entry.documentId ?? entry.id;
  const resource = KIND_KEYS[entry.kind];
  return (
    <>
      <Typography component="div" variant="caption" color="text.secondary">
        {translate(`app.statements.kinds.${entry.kind}`, { _: entry.kind })}
      </Typography>
      {id != null && resource ? (
        <MuiLink component={LinkBase} to={`/${resource}/${id}/show`} underline="hover" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {entry.number ?? translate('app.statements.noReference')}
        </MuiLink>
      ) : (
        <Box component="span" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
          {entry.number ?? ''}
        </Box>
      )}
    </>
  );
};

const Figure = ({ label, cents, tone }: { label: string; cents: number; tone?: 'error' | 'success' }) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Box sx={{ px: 2, py: 1, borderLeft: 4, borderColor: tone ? `${tone}.main` : 'primary.main', bgcolor: 'background.paper' }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="h6" component="div" sx={{ fontVariantNumeric: 'tabular-nums', color: tone ? `${tone}.main` : undefined }}>
        {formatMoney(cents, locale)}
      </Typography>
    </Box>
  );
};

const StatementView = ({ statement }: { statement: Statement }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const money = (c: number) => formatMoney(c, locale);
  const date = (d: string | null | undefined) => formatDate(d, locale);
  const debit = statement.totalDebitCents ?? statement.entries.reduce((s, e) => s + e.debitCents, 0);
  const credit = statement.totalCreditCents ?? statement.entries.reduce((s, e) => s + e.creditCents, 0);
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.statements.${key}`, options);
  const strong = { fontWeight: 700, color: 'text.primary', fontSize: '0.875rem', whiteSpace: 'nowrap' as const };
  return (
    <>
      <Box
        component="section"
        aria-label={t('summary')}
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' }, gap: 1.5, mb: 2 }}
      >
        <Figure label="app.statements.opening" cents={statement.openingBalanceCents} />
        <Figure label="app.statements.closing" cents={statement.closingBalanceCents} />
        <Figure label="app.statements.notDue" cents={statement.notDueCents} tone="success" />
        <Figure label="app.statements.overdue" cents={statement.overdueCents} tone={statement.overdueCents > 0 ? 'error' : undefined} />
      </Box>
      {statement.unallocatedCreditCents ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('unallocated', { amount: money(statement.unallocatedCreditCents) })}
        </Alert>
      ) : null}
      <Card component="section" aria-labelledby="statement-lines-title" sx={{ mb: 2 }}>
        <CardContent sx={{ pb: 1 }}>
          <Typography id="statement-lines-title" component="h3" variant="subtitle1" sx={{ color: 'primary.dark', mb: 1 }}>
            {t('lines', { from: date(statement.from), to: date(statement.to) })}
          </Typography>
          <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
            <Table size="small">
              <Box component="caption" sx={visuallyHidden}>
                {t('caption', { client: statement.client.name, from: date(statement.from), to: date(statement.to) })}
              </Box>
              <TableHead>
                <TableRow>
                  <TableCell>{t('columns.date')}</TableCell>
                  <TableCell>{t('columns.document')}</TableCell>
                  <TableCell>{t('columns.label')}</TableCell>
                  <TableCell>{t('columns.dueDate')}</TableCell>
                  <TableCell align="right">{t('columns.debit')}</TableCell>
                  <TableCell align="right">{t('columns.credit')}</TableCell>
                  <TableCell align="right">{t('columns.balance')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                <TableRow sx={{ bgcolor: '#f8fafc' }}>
                  <TableCell>{date(statement.from)}</TableCell>
                  <TableCell colSpan={5} sx={{ fontStyle: 'italic' }}>
                    {t('openingRow', { date: date(statement.from) })}
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                    {money(statement.openingBalanceCents)}
                  </TableCell>
                </TableRow>
                {statement.entries.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={7} sx={{ textAlign: 'center', py: 2, color: 'text.secondary' }}>
                      {t('noEntries')}
                    </TableCell>
                  </TableRow>
                ) : (
                  statement.entries.map((entry, i) => (
                    <TableRow key={`${entry.kind}-${entry.number}-${i}`}>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(entry.date)}</TableCell>
                      <TableCell>
                        <DocumentCell entry={entry} />
                      </TableCell>
                      <TableCell>{entry.label}</TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(entry.dueDate)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {entry.debitCents ? money(entry.debitCents) : ''}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {entry.creditCents ? money(entry.creditCents) : ''}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                        {money(entry.balanceCents)}
                      </TableCell>
                    </TableRow>
                  ))
                )}
              </TableBody>
              <TableFooter>
                <TableRow>
                  <TableCell colSpan={4} sx={strong}>
                    {t('closingRow', { date: date(statement.to) })}
                  </TableCell>
                  <TableCell align="right" sx={strong}>
                    {money(debit)}
                  </TableCell>
                  <TableCell align="right" sx={strong}>
                    {money(credit)}
                  </TableCell>
                  <TableCell align="right" sx={strong} data-testid="statement-closing">
                    {money(statement.closingBalanceCents)}
                  </TableCell>
                </TableRow>
              </TableFooter>
            </Table>
          </Box>
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="statement-overdue-title">
        <CardContent>
          <Typography id="statement-overdue-title" component="h3" variant="subtitle1" sx={{ color: 'primary.dark', mb: 1 }}>
            {t('overdueTitle')}
          </Typography>
          {statement.overdueInvoices.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('noOverdue')}
            </Typography>
          ) : (
            <Table size="small" sx={{ maxWidth: 720 }}>
              <Box component="caption" sx={visuallyHidden}>
                {t('overdueTitle')}
              </Box>
              <TableHead>
                <TableRow>
                  <TableCell>{t('columns.invoice')}</TableCell>
                  <TableCell>{t('columns.dueDate')}</TableCell>
                  <TableCell align="right">{t('columns.remaining')}</TableCell>
                  <TableCell align="right">{t('columns.daysOverdue')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {statement.overdueInvoices.map((i) => {
                  const id = i.invoiceId ?? i.id;
                  return (
                    <TableRow key={i.number}>
                      <TableCell>
                        {id != null ? (
                          <MuiLink component={LinkBase} to={`/invoices/${id}/show`} underline="hover" sx={{ fontWeight: 600 }}>
                            {i.number}
                          </MuiLink>
                        ) : (
                          <Box component="span" sx={{ fontWeight: 600 }}>
                            {i.number}
                          </Box>
                        )}
                      </TableCell>
                      <TableCell>{date(i.dueDate)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
                        {money(i.balanceCents)}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: 'error.main' }}>
                        {daysText(i.daysOverdue, translate)}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </>
  );
};

/** Relevé de compte: one client, one period; PDF and sending to the client. */
export const StatementPage = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const { data: context } = useSandboxContext();
  const [params, setParams] = useSearchParams();
  const [sending, setSending] = useState(false);
  const { preview, download, busy } = usePdfFile();

  const today = context?.scenarioToday ?? '';
  const clientId = params.get('clientId') ?? '';
  const from = params.get('from') ?? (today ? `${today.slice(0, 4)}-01-01` : '');
  const to = params.get('to') ?? today;
  const periodError = from && to && from > to ? translate('app.statements.periodError') : null;
  const ready = !!clientId && DATE.test(from) && DATE.test(to) && !periodError;

  const update = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'clientId' || !next.get('from')) {
      if (!next.get('from') && from) next.set('from', from);
      if (!next.get('to') && to) next.set('to', to);
    }
    setParams(next, { replace: true });
  };

  const { data: statement, isPending, isFetching, error } = useQuery({
    queryKey: ['statement', clientId, from, to],
    queryFn: async ({ signal }) => (await dataProvider.getSandboxJson<Statement>(`statements/${encodeURIComponent(clientId)}`, { from, to }, signal)).data,
    enabled: ready,
  });

  const pdf: PdfFetcher = useMemo(
    () => (dp) => dp.fetchSandboxFile(`statements/${encodeURIComponent(clientId)}/pdf`, `releve-${clientId}-${to}.pdf`, { from, to }),
    [clientId, from, to],
  );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.statements.title')} />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', py: '8px !important' }}>
          <ClientPicker value={clientId} onChange={(id) => update('clientId', id)} />
          <TextField
            id="statement-from"
            type="date"
            label={translate('app.statements.from')}
            value={from}
            onChange={(e) => update('from', e.target.value)}
            fullWidth={false}
            sx={{ width: 180 }}
            error={!!periodError}
            helperText={periodError ?? undefined}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            id="statement-to"
            type="date"
            label={translate('app.statements.to')}
            value={to}
            onChange={(e) => update('to', e.target.value)}
            fullWidth={false}
            sx={{ width: 180 }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today || undefined } }}
          />
        </CardContent>
        {isFetching ? <LinearProgress aria-label={translate('ra.page.loading')} sx={{ height: 2 }} /> : null}
      </Card>

      {!clientId ? (
        <Alert severity="info">{translate('app.statements.chooseClient')}</Alert>
      ) : error ? (
        <Alert severity="error">{errorText(error, translate)}</Alert>
      ) : ready && isPending ? (
        <Skeleton variant="rectangular" height={240} />
      ) : statement ? (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1.5, flexWrap: 'wrap' }}>
            <Typography component="h2" variant="h5">
              {translate('app.statements.heading', { client: statement.client.name })}
            </Typography>
            <Typography component="span" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {statement.client.code}
            </Typography>
            {statement.client.customerType ? (
              <ClientTypeChips customerType={statement.client.customerType as 'b2b' | 'b2c'} language={(statement.client.language ?? 'fr') as 'fr' | 'en'} />
            ) : null}
            <Chip
              size="small"
              variant="outlined"
              label={translate('app.statements.period', { from: formatDate(statement.from, locale), to: formatDate(statement.to, locale) })}
            />
            <Box sx={{ display: 'flex', gap: 1, ml: 'auto', alignItems: 'center', flexWrap: 'wrap' }}>
              <Button variant="outlined" size="small" startIcon={<PictureAsPdfIcon />} disabled={!statement || busy !== null} onClick={() => preview(pdf)}>
                {translate('app.statements.pdf')}
              </Button>
              <Button size="small" startIcon={<DownloadIcon />} disabled={!statement || busy !== null} onClick={() => download(pdf)}>
                {translate('app.documents.pdf.download')}
              </Button>
              {canWrite ? (
                <Button variant="contained" size="small" startIcon={<SendIcon />} disabled={!statement} onClick={() => setSending(true)}>
                  {translate('app.statements.sendButton')}
                </Button>
              ) : null}
            </Box>
          </Box>
          <StatementView statement={statement} />
        </>
      ) : null}
      {sending && statement ? <StatementSendDialog statement={statement} onClose={() => setSending(false)} /> : null}
    </Box>
  );
};

