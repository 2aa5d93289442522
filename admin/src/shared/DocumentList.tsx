import type { ReactElement } from 'react';
import { Box, Link as MuiLink, Tab, Tabs, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  DateInput,
  LinkBase,
  ReferenceInput,
  useCreatePath,
  useGetList,
  useListContext,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ThirdParty } from '../types';
import { formatDate, formatMoney } from './format';
import { MoneyInput } from './MoneyInput';
import { useCanWrite } from './useSandboxContext';
import { DOCUMENT_KINDS, type SalesResource } from './documentKinds';
import { SearchFilterInput } from '../third-parties/ThirdPartyList';
import { visuallyHidden } from './visuallyHidden';

/** A tab's label with its count, e.g. "Brouillons (2)"; the count honours the other filters. */
const TabLabel = ({ resource, status, label }: { resource: SalesResource; status: string | undefined; label: string }) => {
  const { filterValues } = useListContext();
  const { status: _ignored, ...others } = filterValues ?? {};
  const { total } = useGetList(resource, {
    filter: status ? { ...others, status } : others,
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  return (
    <>
      {label}
      {total != null ? ` (${total})` : ''}
    </>
  );
};

/** Tabs over the status filter: "Tous / Brouillons / Validés / …". */
export const StatusTabs = ({ resource }: { resource: SalesResource }) => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const kind = DOCUMENT_KINDS[resource];
  const current = (filterValues?.status as string | undefined) ?? 'all';
  return (
    <Tabs
      value={kind.statuses.includes(current) ? current : 'all'}
      onChange={(_event, value: string) => {
        const { status: _status, ...others } = filterValues ?? {};
        setFilters(value === 'all' ? others : { ...others, status: value }, displayedFilters);
      }}
      variant="scrollable"
      scrollButtons="auto"
      aria-label={translate('resources.' + resource + '.fields.status', { _: 'Statut' })}
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1, minHeight: 40, '& .MuiTab-root': { minHeight: 40, textTransform: 'none' } }}
    >
      <Tab value="all" label={<TabLabel resource={resource} status={undefined} label={translate(`resources.${resource}.tabs.all`)} />} />
      {kind.statuses.map((status) => (
        <Tab
          key={status}
          value={status}
          label={<TabLabel resource={resource} status={status} label={translate(`resources.${resource}.tabs.${status}`)} />}
        />
      ))}
    </Tabs>
  );
};

/** "Total TTC de la page : 12 345,00 € · 8 documents affichés" (sum of the server's totals of the rows shown). */
export const PageTotal = ({ amounts = true }: { amounts?: boolean }) => {
  const { data, total } = useListContext<{ grossCents?: number; id: string | number }>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!data || data.length === 0) return null;
  const gross = data.reduce((sum, row) => sum + (row.grossCents ?? 0), 0);
  return (
    <Box
      role="status"
      sx={{ display: 'flex', justifyContent: 'flex-end', gap: 2, px: 2, py: 1, bgcolor: '#eef2f6', borderTop: 1, borderColor: 'divider' }}
    >
      <Typography variant="body2" color="text.secondary">
        {translate('app.documents.totals.pageCount', { smart_count: data.length })}
        {total != null && total > data.length ? ` / ${total}` : ''}
      </Typography>
      {amounts ? (
        <Typography variant="body2" sx={{ fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
          {translate('app.documents.totals.pageTotal', { amount: formatMoney(gross, locale) })}
        </Typography>
      ) : null}
    </Box>
  );
};

/** The document's number as a link to it; "Brouillon" for a draft (with an accessible name that says which). */
export const DocumentNumberField = ({ resource }: { resource: SalesResource; source?: string; label?: string }) => {
  const record = useRecordContext<{ id: string | number; number: string | null; clientName?: string | null; date?: string }>();
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  if (!record) return null;
  const draft = !record.number;
  return (
    <MuiLink
      component={LinkBase}
      to={createPath({ resource, id: record.id, type: 'show' })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      underline="hover"
      sx={{ fontWeight: 600, whiteSpace: 'nowrap', fontStyle: draft ? 'italic' : 'normal' }}
    >
      {draft ? translate('app.documents.noNumber') : record.number}
      {draft ? (
        <Box component="span" sx={visuallyHidden}>
          {` — ${record.clientName ?? ''}, ${formatDate(record.date, locale)}`}
        </Box>
      ) : null}
    </MuiLink>
  );
};

/**
 * A list filter on the client, searched by name or code; `role={null}`: on any third party. The
 * filter form's props (alwaysOn…) go to the ReferenceInput, as when it stands in the filters itself.
 */
export const ThirdPartyFilterInput = ({
  source,
  label,
  role = 'client',
  ...rest
}: {
  source: string;
  label: string;
  role?: 'client' | null;
  alwaysOn?: boolean;
}) => (
  <ReferenceInput source={source} reference="third-parties" filter={role ? { role } : undefined} sort={{ field: 'name', order: 'ASC' }} {...rest}>
    <AutocompleteInput
      label={label}
      optionText={(t: ThirdParty) => (t ? `${t.name} (${t.code})` : '')}
      filterToQuery={(q: string) => ({ q })}
      sx={{ minWidth: 260 }}
      helperText={false}
    />
  </ReferenceInput>
);

/** Filters shared by the document lists: search, client, date range and (when relevant) amount range. */
export const documentFilters = ({ amounts = true, extra = [] }: { amounts?: boolean; extra?: ReactElement[] } = {}) => [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <ThirdPartyFilterInput key="clientId" source="clientId" label="app.documents.sections.client" alwaysOn />,
  <DateInput key="date_gte" source="date_gte" helperText={false} alwaysOn />,
  <DateInput key="date_lte" source="date_lte" helperText={false} alwaysOn />,
  ...(amounts
    ? [
        <MoneyInput key="grossCents_gte" source="grossCents_gte" helperText={false} sx={{ width: 170 }} />,
        <MoneyInput key="grossCents_lte" source="grossCents_lte" helperText={false} sx={{ width: 170 }} />,
      ]
    : []),
  ...extra,
];

/** Empty state of a document list (or of payments): what to do next, and the create button when there is one. */
export const DocumentEmpty = ({ resource, create = true }: { resource: SalesResource | 'payments'; create?: boolean }) => {
  const translate = useTranslate();
  const canWrite = useCanWrite();
  return (
    <Box sx={{ p: 4, textAlign: 'center', width: '100%' }}>
      <Typography variant="h6" component="p" color="text.secondary" sx={{ mb: 2, fontWeight: 500 }}>
        {translate(`resources.${resource}.empty`)}
      </Typography>
      {create && canWrite ? <CreateButton variant="contained" label={`resources.${resource}.titles.create`} /> : null}
    </Box>
  );
};

const useNoResultsText = (resource: string) => {
  const translate = useTranslate();
  return translate('ra.navigation.no_filtered_results', { name: translate(`resources.${resource}.name`, { smart_count: 2 }).toLowerCase() });
};

/** No row for the current tab / filters. */
export const NoResults = ({ resource }: { resource: SalesResource }) => {
  const text = useNoResultsText(resource);
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{text}</Typography>
    </Box>
  );
};

/**
 * Empty state of a list that shows no row until it has one (`empty={false}` on the List): none
 * matches the filters, or there is none yet (`message`, by default resources.<resource>.empty).
 */
export const ListEmpty = ({ resource, message = `resources.${resource}.empty` }: { resource: string; message?: string }) => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const noResults = useNoResultsText(resource);
  const filtered = Object.values(filterValues ?? {}).some((v) => v !== undefined && v !== '');
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography color="text.secondary">{filtered ? noResults : translate(message)}</Typography>
    </Box>
  );
};
