import { Fragment, useState } from 'react';
import { Box, Button, Card, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import TableViewIcon from '@mui/icons-material/TableView';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useLocale, useNotify, useTranslate, type Identifier } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import { formatDate, formatMoney, formatRate } from '../shared/format';
import { saveBlob } from '../shared/PdfButtons';
import { errorText } from '../shared/serverErrors';
import { CaptionedTable, DetailsRow, EmptyRow, LoadErrorAlert, LoadingRows, ReloadBar, ToggleCell, ToggleHeadCell, useOpenRows } from '../shared/TableParts';
import { ClientLink } from '../reminders/parts';
import { DaysOverdueCell, InvoiceHeadCells, InvoiceRefCells } from '../reminders/InvoiceCells';

export const BUCKETS = ['notDueCents', 'd1to30Cents', 'd31to60Cents', 'd61to90Cents', 'over90Cents'] as const;
type Bucket = (typeof BUCKETS)[number];
type Amounts = Record<Bucket, number> & { totalCents: number };

export interface AgedInvoice {
  invoiceId: Identifier;
  number: string;
  date: string;
  dueDate: string;
  balanceCents: number;
  daysOverdue: number;
  bucket: string;
}

export interface AgedRow extends Amounts {
  clientId: Identifier;
  clientCode: string;
  clientName: string;
  invoices: AgedInvoice[];
}

export interface AgedBalance {
  date: string;
  rows: AgedRow[];
  totals: Amounts;
}

/** The server's bucket of an invoice ("d1to30", "d1to30Cents", "1-30"…) → one of our columns. */
const bucketOf = (invoice: AgedInvoice): Bucket => {
  const b = String(invoice.bucket ?? '');
  const found = BUCKETS.find((k) => k === b || k === `${b}Cents` || k.replace('Cents', '') === b);
  if (found) return found;
  const d = invoice.daysOverdue;
  if (d <= 0) return 'notDueCents';
  if (d <= 30) return 'd1to30Cents';
  if (d <= 60) return 'd31to60Cents';
  if (d <= 90) return 'd61to90Cents';
  return 'over90Cents';
};

const AmountCell = ({ cents, strong, bucket }: { cents: number; strong?: boolean; bucket?: Bucket }) => {
  const locale = useLocale();
  const late = bucket && bucket !== 'notDueCents' && cents > 0;
  return (
    <TableCell
      align="right"
      sx={{
        whiteSpace: 'nowrap',
        fontVariantNumeric: 'tabular-nums',
        fontWeight: strong ? 700 : 400,
        color: cents === 0 ? 'text.secondary' : late && bucket === 'over90Cents' ? 'error.main' : 'text.primary',
        fontSize: '0.875rem',
      }}
    >
      {cents === 0 ? '—' : formatMoney(cents, locale)}
    </TableCell>
  );
};

const ClientInvoices = ({ row }: { row: AgedRow }) => {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('app.agedBalance.invoicesOf', { client: row.clientName })}>
      <TableHead>
        <TableRow>
          <InvoiceHeadCells columns={['number', 'date', 'dueDate', 'daysOverdue']} />
          {BUCKETS.map((b) => (
            <TableCell key={b} align="right">
              {translate(`app.agedBalance.buckets.${b}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {row.invoices.map((invoice) => {
          const bucket = bucketOf(invoice);
          return (
            <TableRow key={String(invoice.invoiceId)}>
              <InvoiceRefCells id={invoice.invoiceId} number={invoice.number} date={invoice.date} dueDate={invoice.dueDate} />
              <DaysOverdueCell days={invoice.daysOverdue} />
              {BUCKETS.map((b) => (
                <AmountCell key={b} bucket={b} cents={b === bucket ? invoice.balanceCents : 0} />
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};

const ExportButtons = ({ date }: { date: string | undefined }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      const { blob, filename } = await dataProvider.fetchSandboxFile('aged-balance/export', `balance-agee-${date ?? ''}.${format}`, { format });
      saveBlob(blob, filename);
      notify('app.documents.pdf.downloaded', { type: 'info', messageArgs: { filename } });
    } catch (error) {
      notify(errorText(error, translate), { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Button size="small" variant="outlined" startIcon={<DownloadIcon />} disabled={busy !== null} onClick={() => run('csv')}>
        {translate('app.agedBalance.exportCsv')}
      </Button>
      <Button size="small" variant="outlined" startIcon={<TableViewIcon />} disabled={busy !== null} onClick={() => run('xlsx')}>
        {translate('app.agedBalance.exportXlsx')}
      </Button>
    </Box>
  );
};

const COLUMNS = 3 + BUCKETS.length + 1;

/** Balance âgée: what each client owes, by age of the amounts on the scenario day; drill-down to invoices. */
export const AgedBalancePage = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const { isOpen, toggle } = useOpenRows();
  const { data, isPending, isFetching, error, refetch } = useQuery({
    queryKey: ['aged-balance'],
    queryFn: async ({ signal }) => (await dataProvider.getSandboxJson<AgedBalance>('aged-balance', undefined, signal)).data,
  });
  const totals = data?.totals;
  const share = (cents: number) => (totals && totals.totalCents > 0 ? formatRate(Math.round((cents / totals.totalCents) * 10000), locale) : '');
  const footCell = { fontWeight: 700, color: 'text.primary', fontSize: '0.875rem' };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.agedBalance.title')} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography component="h2" variant="h5">
          {data ? translate('app.agedBalance.heading', { date: formatDate(data.date, locale) }) : translate('app.agedBalance.title')}
        </Typography>
        <Box sx={{ ml: 'auto' }}>
          <ExportButtons date={data?.date} />
        </Box>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5, maxWidth: 960 }}>
        {translate('app.agedBalance.intro')}
      </Typography>
      <Card>
        <ReloadBar active={isFetching} />
        {error ? <LoadErrorAlert error={error} onRetry={() => refetch()} /> : null}
        <CaptionedTable caption={data ? translate('app.agedBalance.heading', { date: formatDate(data.date, locale) }) : translate('app.agedBalance.title')}>
          <TableHead>
            <TableRow>
              <ToggleHeadCell label={translate('app.agedBalance.details')} />
              <TableCell>{translate('app.agedBalance.columns.code')}</TableCell>
              <TableCell>{translate('app.agedBalance.columns.client')}</TableCell>
              {BUCKETS.map((b) => (
                <TableCell key={b} align="right">
                  {translate(`app.agedBalance.buckets.${b}`)}
                </TableCell>
              ))}
              <TableCell align="right">{translate('app.agedBalance.buckets.totalCents')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {isPending ? (
              <LoadingRows colSpan={COLUMNS} height={28} />
            ) : !data?.rows.length && !error ? (
              <EmptyRow colSpan={COLUMNS} message={translate('app.agedBalance.empty')} />
            ) : (
              data?.rows.map((row) => {
                const id = String(row.clientId);
                const open = isOpen(id);
                const detailsId = `aged-details-${id}`;
                return (
                  <Fragment key={id}>
                    <TableRow hover sx={{ '& > td': { borderBottom: open ? 0 : undefined } }}>
                      <ToggleCell
                        open={open}
                        controls={detailsId}
                        label={translate(open ? 'app.agedBalance.collapse' : 'app.agedBalance.expand', { client: row.clientName })}
                        onToggle={() => toggle(id)}
                      />
                      <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{row.clientCode}</TableCell>
                      <TableCell sx={{ minWidth: 180 }}>
                        <ClientLink id={row.clientId} name={row.clientName} />
                      </TableCell>
                      {BUCKETS.map((b) => (
                        <AmountCell key={b} bucket={b} cents={row[b]} />
                      ))}
                      <AmountCell cents={row.totalCents} strong />
                    </TableRow>
                    <DetailsRow open={open} colSpan={COLUMNS} id={detailsId}>
                      <ClientInvoices row={row} />
                    </DetailsRow>
                  </Fragment>
                );
              })
            )}
          </TableBody>
          {totals && data?.rows.length ? (
            <TableFooter>
              <TableRow sx={{ bgcolor: '#eef2f6' }}>
                <TableCell colSpan={3} sx={footCell}>
                  {translate('app.agedBalance.total', { smart_count: data.rows.length })}
                </TableCell>
                {BUCKETS.map((b) => (
                  <AmountCell key={b} cents={totals[b]} strong />
                ))}
                <AmountCell cents={totals.totalCents} strong />
              </TableRow>
              <TableRow>
                <TableCell colSpan={3} sx={{ ...footCell, fontWeight: 500 }}>
                  {translate('app.agedBalance.share')}
                </TableCell>
                {BUCKETS.map((b) => (
                  <TableCell key={b} align="right" sx={{ ...footCell, fontWeight: 500 }}>
                    {share(totals[b])}
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ ...footCell, fontWeight: 500 }}>
                  {share(totals.totalCents)}
                </TableCell>
              </TableRow>
            </TableFooter>
          ) : null}
        </CaptionedTable>
      </Card>
    </Box>
  );
};
