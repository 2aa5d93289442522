import { Box, Button, Link as MuiLink, Paper, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DownloadIcon from '@mui/icons-material/Download';
import MailOutlineIcon from '@mui/icons-material/Mail';
import ListAltIcon from '@mui/icons-material/ListAlt';
import { LinkBase, Show, TopToolbar, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { Info, InfoBlock } from '../shared/DocumentShowParts';
import { SectionTitle } from '../shared/DocumentShowLayout';
import { RecordHeader } from '../shared/RecordHeader';
import { usePdfFile, type PdfFetcher } from '../shared/PdfButtons';
import { formatDate, formatMoney, formatRate } from '../shared/format';
import { CaptionedTable } from '../shared/TableParts';
import { InteractionsPanel } from '../interactions/InteractionsPanel';
import { getUser } from '../authProvider';
import type { Reminder, ReminderStep } from './types';
import { ClientLink, ReminderKindChip, daysText } from './parts';
import { InvoiceAmountCells, InvoiceHeadCells, InvoiceRefCells, type InvoiceColumn } from './InvoiceCells';

const COLUMNS: readonly InvoiceColumn[] = [
  'number',
  'date',
  'dueDate',
  'grossCents',
  'paidCents',
  'balanceCents',
  'daysLate',
  'rateBp',
  'penaltyCents',
  'indemnityCents',
];

/** "Relance n° 2 — Dupont SA", "Mise en demeure — …", "Appel de relance — …". */
export const useReminderName = () => {
  const translate = useTranslate();
  return (record: Reminder | undefined) => {
    if (!record) return '';
    const client = record.clientName ?? '';
    if (record.kind === 'formal_notice') return translate('resources.reminders.titles.showFormal', { client });
    if (record.kind === 'phone') return translate('resources.reminders.titles.showPhone', { client });
    return translate('resources.reminders.titles.show', { level: record.level, client });
  };
};

const ReminderTitle = () => {
  const record = useRecordContext<Reminder>();
  return <>{useReminderName()(record)}</>;
};

const Actions = () => {
  const record = useRecordContext<Reminder>();
  const translate = useTranslate();
  const { preview, download, busy } = usePdfFile();
  if (!record) return <TopToolbar />;
  const fetcher: PdfFetcher = (dataProvider) => dataProvider.fetchPdf('reminders', record.id);
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
      {record.kind !== 'phone' ? (
        <>
          <Button size="small" variant="contained" startIcon={<PictureAsPdfIcon />} onClick={() => preview(fetcher)} disabled={busy !== null}>
            {translate('resources.reminders.actions.openPdf')}
          </Button>
          <Button size="small" startIcon={<DownloadIcon />} onClick={() => download(fetcher)} disabled={busy !== null}>
            {translate('app.documents.pdf.download')}
          </Button>
        </>
      ) : null}
      {record.messageId != null ? (
        <Button size="small" component={LinkBase} to={`/messages/${record.messageId}/show`} startIcon={<MailOutlineIcon />}>
          {translate('resources.reminders.actions.message')}
        </Button>
      ) : null}
      <Button size="small" component={LinkBase} to="/reminders/worklist" startIcon={<ListAltIcon />}>
        {translate('resources.reminders.actions.backToWorklist')}
      </Button>
    </TopToolbar>
  );
};

const Header = () => {
  const record = useRecordContext<Reminder>();
  const translate = useTranslate();
  const locale = useLocale();
  const name = useReminderName()(record);
  if (!record) return null;
  return (
    <RecordHeader
      title={name}
      chips={
        <>
          <ReminderKindChip kind={record.kind} level={record.level} />
          {record.kind !== 'phone' ? (
            <Typography component="span" sx={{ ml: 'auto', fontWeight: 700, fontSize: '1.1rem', fontVariantNumeric: 'tabular-nums' }}>
              {translate('resources.reminders.show.claimed', { amount: formatMoney(record.totalClaimedCents, locale) })}
            </Typography>
          ) : null}
        </>
      }
    />
  );
};

const Figures = ({ record }: { record: Reminder }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const money = (c: number) => formatMoney(c, locale);
  const invoices = record.invoices ?? [];
  const totalCell = { fontWeight: 600, color: 'text.primary', fontSize: '0.875rem', whiteSpace: 'nowrap' as const };
  return (
    <Box component="section" aria-labelledby="reminder-invoices-title" sx={{ mb: 2 }}>
      <SectionTitle id="reminder-invoices-title">{translate('resources.reminders.show.invoices')}</SectionTitle>
      <CaptionedTable caption={translate('resources.reminders.show.invoicesCaption', { date: formatDate(record.date, locale) })}>
        <TableHead>
          <TableRow>
            <InvoiceHeadCells columns={COLUMNS} />
          </TableRow>
        </TableHead>
        <TableBody>
          {invoices.map((i) => (
            <TableRow key={String(i.id ?? i.invoiceId)}>
              <InvoiceRefCells id={i.invoiceId} number={i.invoiceNumber} date={i.invoiceDate} dueDate={i.dueDate} />
              <InvoiceAmountCells grossCents={i.grossCents} paidCents={i.paidCents} balanceCents={i.balanceCents} />
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {daysText(i.daysLate, translate)}
                {i.periodFrom && i.periodTo ? (
                  <Typography component="div" variant="caption" color="text.secondary">
                    {translate('resources.reminders.show.period', { from: formatDate(i.periodFrom, locale), to: formatDate(i.periodTo, locale) })}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatRate(i.rateBp, locale)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {money(i.penaltyCents)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {i.indemnityCents ? money(i.indemnityCents) : '—'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        {record.kind !== 'phone' ? (
          <TableFooter>
            <TableRow>
              <TableCell colSpan={5} sx={totalCell}>
                {translate('resources.reminders.show.totals')}
              </TableCell>
              <TableCell align="right" sx={totalCell}>
                {money(record.balanceCents)}
              </TableCell>
              <TableCell colSpan={2} />
              <TableCell align="right" sx={totalCell}>
                {money(record.penaltyCents)}
              </TableCell>
              <TableCell align="right" sx={totalCell}>
                {money(record.indemnityCents)}
              </TableCell>
            </TableRow>
          </TableFooter>
        ) : null}
      </CaptionedTable>
    </Box>
  );
};

/** principal + pénalités + indemnité = total réclamé, as on the letter. */
const Claim = ({ record }: { record: Reminder }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const money = (c: number) => formatMoney(c, locale);
  const line = (label: string, cents: number, strong = false) => (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, py: 0.5, borderTop: strong ? 2 : 0, borderColor: 'primary.main' }}>
      <Typography variant="body2" sx={{ fontWeight: strong ? 700 : 400 }}>
        {translate(label)}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: strong ? 700 : 500, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {money(cents)}
      </Typography>
    </Box>
  );
  return (
    <Paper variant="outlined" component="section" aria-label={translate('resources.reminders.show.claim')} sx={{ p: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ color: 'primary.dark', mb: 1 }}>
        {translate('resources.reminders.show.claim')}
      </Typography>
      {line('resources.reminders.fields.balanceCents', record.balanceCents)}
      {line('resources.reminders.fields.penaltyCents', record.penaltyCents)}
      {line('resources.reminders.fields.indemnityCents', record.indemnityCents)}
      {line('resources.reminders.fields.totalClaimedCents', record.totalClaimedCents, true)}
      {record.newDeadline ? (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('resources.reminders.show.deadline', { date: formatDate(record.newDeadline, locale) })}
        </Typography>
      ) : null}
    </Paper>
  );
};

const useStepLabel = () => {
  const translate = useTranslate();
  const locale = useLocale();
  return (step: ReminderStep) => {
    const t = (key: string, options?: Record<string, unknown>) => translate(`resources.reminders.show.${key}`, options);
    const what =
      step.kind === 'call'
        ? t('stepCall')
        : step.kind === 'phone'
          ? t('stepPhone')
          : step.kind === 'formal_notice'
            ? t('stepFormal')
            : t('stepWritten', { level: step.level ?? '', kind: translate(`app.enums.reminderKind.${step.kind}`, { _: step.kind }).toLowerCase() });
    const outcome = step.outcome ? translate(`app.enums.interactionOutcome.${step.outcome}`, { _: step.outcome }) : '';
    const promise = step.promisedDate
      ? step.promisedAmountCents != null
        ? t('stepPromise', { amount: formatMoney(step.promisedAmountCents, locale), date: formatDate(step.promisedDate, locale) })
        : t('stepPromiseDate', { date: formatDate(step.promisedDate, locale) })
      : '';
    return [what, outcome, promise].filter(Boolean).join(' — ');
  };
};

const Steps = ({ record }: { record: Reminder }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const label = useStepLabel();
  const steps = record.stepsTaken ?? [];
  return (
    <Box component="section" aria-labelledby="reminder-steps-title" sx={{ mb: 2 }}>
      <SectionTitle id="reminder-steps-title">{translate('resources.reminders.show.steps')}</SectionTitle>
      {steps.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.reminders.show.noSteps')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {steps.map((step, i) => (
            <Typography component="li" variant="body2" key={i} sx={{ py: 0.25 }}>
              <Box component="span" sx={{ fontWeight: 600, mr: 1 }}>
                {formatDate(step.date, locale)}
              </Box>
              {step.reminderId != null && String(step.reminderId) !== String(record.id) ? (
                <MuiLink component={LinkBase} to={`/reminders/${step.reminderId}/show`} underline="hover">
                  {label(step)}
                </MuiLink>
              ) : (
                label(step)
              )}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
};

const ReminderView = () => {
  const record = useRecordContext<Reminder>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const f = (name: string) => `resources.reminders.fields.${name}`;
  // The author is a login: the candidate sees their own name rather than their identifier.
  const user = getUser();
  const author = record.author && user && record.author === user.username ? user.displayName : record.author;
  return (
    <>
      <Header />
      <Box sx={{ px: 2, pb: 2 }}>
        <InfoBlock title="resources.reminders.show.document" columns={4}>
          <Info caption={f('date')}>{formatDate(record.date, locale)}</Info>
          <Info caption={f('clientId')}>
            <ClientLink id={record.clientId} name={record.clientName ?? record.clientCode ?? String(record.clientId)} />
          </Info>
          <Info caption={f('contactId')}>{record.contactName}</Info>
          <Info caption={f('kind')}>{translate(`app.enums.reminderKind.${record.kind}`, { _: record.kind })}</Info>
          <Info caption={f('level')}>{translate('resources.reminders.levelShort', { level: record.level })}</Info>
          <Info caption={f('newDeadline')}>{formatDate(record.newDeadline, locale)}</Info>
          <Info caption={f('language')}>{translate(`app.enums.language.${record.language}`, { _: record.language })}</Info>
          <Info caption={f('messageId')}>
            {record.messageId != null ? (
              <MuiLink component={LinkBase} to={`/messages/${record.messageId}/show`} underline="hover" sx={{ fontWeight: 600 }}>
                {translate(record.kind === 'email' ? 'resources.reminders.show.emailInOutbox' : 'resources.reminders.show.letterInOutbox')}
              </MuiLink>
            ) : null}
          </Info>
          {record.kind === 'phone' ? (
            <>
              <Info caption={f('outcome')}>{record.outcome ? translate(`app.enums.interactionOutcome.${record.outcome}`) : null}</Info>
              <Info caption={f('promisedDate')}>{formatDate(record.promisedDate, locale)}</Info>
              <Info caption={f('promisedAmountCents')}>{record.promisedAmountCents != null ? formatMoney(record.promisedAmountCents, locale) : null}</Info>
            </>
          ) : null}
          <Info caption={f('author')}>{author}</Info>
          <Info caption={f('notes')} wide>
            {record.notes}
          </Info>
        </InfoBlock>
        <Figures record={record} />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 360px' }, gap: 3, alignItems: 'start' }}>
          <Box>
            <Steps record={record} />
            <InteractionsPanel clientId={record.clientId} />
          </Box>
          {record.kind !== 'phone' ? <Claim record={record} /> : null}
        </Box>
      </Box>
    </>
  );
};

export const ReminderShow = () => (
  <Show title={<ReminderTitle />} actions={<Actions />}>
    <ReminderView />
  </Show>
);
