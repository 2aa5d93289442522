import { Box, Button, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { useLocale, useTranslate } from 'react-admin';
import { formatDate, formatDateTime, formatMoney } from '../shared/format';

type Item = Record<string, unknown>;

/** Columns worth showing, in this order, when an item has them. */
const PREFERRED = [
  'number',
  'reference',
  'label',
  'title',
  'subject',
  'summary',
  'resource',
  'type',
  'kind',
  'action',
  'status',
  'clientName',
  'thirdPartyName',
  'toName',
  'toAddress',
  'grossCents',
  'netCents',
  'amountCents',
  'date',
  'sentAt',
  'scenarioAt',
  'at',
  'createdAt',
];
const MAX_COLUMNS = 6;

/** Resources a jury can open (they have a show screen). */
const SHOWABLE = new Set(['quotes', 'orders', 'delivery-notes', 'invoices', 'credit-notes', 'payments', 'reminders', 'messages', 'payment-plans', 'third-parties', 'products']);

const columnsOf = (items: Item[]) => {
  const present = new Set(items.flatMap((item) => Object.keys(item).filter((k) => item[k] != null && typeof item[k] !== 'object')));
  return PREFERRED.filter((key) => present.has(key)).slice(0, MAX_COLUMNS);
};

const Cell = ({ field, value }: { field: string; value: unknown }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (value == null || value === '') return <>{translate('app.common.none')}</>;
  if (typeof value === 'number' && field.endsWith('Cents')) return <>{formatMoney(value, locale)}</>;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{formatDate(value, locale)}</>;
  if (typeof value === 'string' && /(At|^date|^at)$/.test(field) && !Number.isNaN(Date.parse(value))) return <>{formatDateTime(value, locale)}</>;
  if (field === 'resource') return <>{translate(`resources.${value}.name`, { smart_count: 1, _: String(value) })}</>;
  if (field === 'action') return <>{translate(`app.enums.journalAction.${value}`, { _: String(value) })}</>;
  if (typeof value === 'boolean') return <>{translate(value ? 'app.common.yes' : 'app.common.no')}</>;
  // Status, kind of reminder or contact, channel, outcome: coded values, shown in words.
  if (field === 'status' || field === 'kind') return <>{translate(`app.jury.productions.values.${value}`, { _: String(value) })}</>;
  return <>{String(value)}</>;
};

const ItemsTable = ({ items, title, onOpen }: { items: Item[]; title: string; onOpen?: (resource: string, id: string) => void }) => {
  const translate = useTranslate();
  const columns = columnsOf(items);
  const openable = (item: Item) => {
    const resource = String(item.resource ?? '');
    const id = item.recordId ?? item.id;
    return onOpen && SHOWABLE.has(resource) && id != null ? { resource, id: String(id) } : null;
  };
  const withOpen = items.some((item) => openable(item));
  return (
    <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', mb: 2 }}>
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column}>{translate(`app.jury.productions.columns.${column}`, { _: column })}</TableCell>
            ))}
            {withOpen ? <TableCell>{translate('resources.sessions.candidate.actions')}</TableCell> : null}
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item, i) => {
            const target = openable(item);
            return (
              <TableRow key={String(item.id ?? i)} data-testid="production-row">
                {columns.map((column) => (
                  <TableCell key={column}>
                    <Cell field={column} value={item[column]} />
                  </TableCell>
                ))}
                {withOpen ? (
                  <TableCell>
                    {target ? (
                      <Button size="small" startIcon={<VisibilityIcon />} onClick={() => onOpen!(target.resource, target.id)}>
                        {translate('app.jury.productions.open')}
                      </Button>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
};

/**
 * The candidate's productions as the server lists them: either one list, or sections (documents,
 * e-mails, CRM entries, reminders, events…) each with its list.
 */
export const ProductionsView = ({ data, onOpen }: { data: unknown; onOpen?: (resource: string, id: string) => void }) => {
  const translate = useTranslate();
  const sections: Array<[string, Item[]]> = Array.isArray(data)
    ? [['all', data as Item[]]]
    : data && typeof data === 'object'
      ? (Object.entries(data as Record<string, unknown>).filter(([, v]) => Array.isArray(v)) as Array<[string, Item[]]>)
      : [];
  const total = sections.reduce((n, [, items]) => n + items.length, 0);
  if (total === 0) return <Typography color="text.secondary">{translate('app.jury.productions.empty')}</Typography>;
  return (
    <Box>
      {sections
        .filter(([, items]) => items.length > 0)
        .map(([key, items]) => {
          const title = translate(`app.jury.productions.sections.${key}`, { _: key });
          return (
            <Box key={key} component="section" aria-label={title}>
              {key !== 'all' ? (
                <Typography component="h4" variant="subtitle1" sx={{ color: 'primary.dark', mb: 0.5 }}>
                  {title} ({items.length})
                </Typography>
              ) : null}
              <ItemsTable items={items} title={title} onOpen={onOpen} />
            </Box>
          );
        })}
    </Box>
  );
};
