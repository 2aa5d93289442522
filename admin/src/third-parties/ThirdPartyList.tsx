import { Box, InputAdornment, Link as MuiLink, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  LinkBase,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useCreatePath,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ThirdParty } from '../types';
import { StatusChip } from '../shared/EnumField';
import {
  CUSTOMER_TYPES,
  LANGUAGES,
  PROSPECT_STATUSES,
  ROLES,
  ZONES,
  enumChoices,
} from '../shared/choices';
import { makeExporter, enumCell } from '../shared/csv';
import { centsToInput, nowrap } from '../shared/format';
import { countryName } from '../shared/countries';
import { useCanWrite } from '../shared/useSandboxContext';
import { defaultsForRole, isTierRole, type TierRole } from './thirdPartyRole';

const useRole = (): TierRole | undefined => {
  const { filterValues } = useListContext();
  return isTierRole(filterValues?.role) ? filterValues.role : undefined;
};

const ThirdPartyListTitle = () => {
  const translate = useTranslate();
  const role = useRole();
  return <>{translate(`resources.third-parties.titles.${role ?? 'all'}`)}</>;
};

export const SearchFilterInput = ({ source = 'q' }: { source?: string; alwaysOn?: boolean }) => (
  <TextInput
    source={source}
    resettable={false}
    helperText={false}
    sx={{ width: 220 }}
    slotProps={{
      input: {
        endAdornment: (
          <InputAdornment position="end">
            <SearchIcon fontSize="small" color="action" />
          </InputAdornment>
        ),
      },
    }}
  />
);

const filters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices('role', ROLES)} alwaysOn />,
  <SelectInput key="customerType" source="customerType" choices={enumChoices('customerType', CUSTOMER_TYPES)} />,
  <SelectInput key="zone" source="zone" choices={enumChoices('zone', ZONES)} />,
  <SelectInput key="language" source="language" choices={enumChoices('language', LANGUAGES)} />,
  <SelectInput key="prospectStatus" source="prospectStatus" choices={enumChoices('prospectStatus', PROSPECT_STATUSES)} />,
];

const ListActions = () => {
  const role = useRole();
  const translate = useTranslate();
  const canWrite = useCanWrite();
  const label =
    role === 'client'
      ? 'createClient'
      : role === 'prospect'
        ? 'createProspect'
        : role === 'supplier'
          ? 'createSupplier'
          : 'create';
  return (
    <TopToolbar>
      <FilterButton />
      {canWrite ? (
        <CreateButton
          label={translate(`resources.third-parties.titles.${label}`)}
          state={{ record: defaultsForRole(role) }}
        />
      ) : null}
      <ExportButton />
    </TopToolbar>
  );
};

const EmptyRows = () => {
  const role = useRole();
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate(`resources.third-parties.empty.${role ?? 'all'}`)}</Typography>
    </Box>
  );
};

/** The name as a real link, so that keyboard users can open the record. */
export const NameLink = () => {
  const record = useRecordContext<ThirdParty>();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <MuiLink
      component={LinkBase}
      to={createPath({ resource: 'third-parties', id: record.id, type: 'show' })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      sx={{ fontWeight: 600 }}
      underline="hover"
    >
      {record.name}
    </MuiLink>
  );
};

const exporter = makeExporter<ThirdParty>('third-parties', [
  { source: 'code' },
  { source: 'name' },
  {
    source: 'roles',
    value: (r, t) =>
      [r.isClient && t('app.enums.role.client'), r.isProspect && t('app.enums.role.prospect'), r.isSupplier && t('app.enums.role.supplier')]
        .filter(Boolean)
        .join(', '),
  },
  { source: 'customerType', value: enumCell('customerTypeShort', 'customerType') },
  { source: 'zone', value: enumCell('zone', 'zone') },
  { source: 'language', value: enumCell('language', 'language') },
  { source: 'siren' },
  { source: 'siret' },
  { source: 'vatNumber' },
  { source: 'email' },
  { source: 'phone' },
  { source: 'billingLine1' },
  { source: 'billingLine2' },
  { source: 'billingPostcode' },
  { source: 'billingCity' },
  { source: 'billingCountry', value: (r, _t, locale) => countryName(r.billingCountry, locale) },
  { source: 'paymentTerms', value: enumCell('paymentTerms', 'paymentTerms') },
  { source: 'paymentMethod', value: enumCell('paymentMethod', 'paymentMethod') },
  { source: 'creditLimitCents', value: (r, _t, locale) => centsToInput(r.creditLimitCents, locale) },
  { source: 'accountManagerName' },
  { source: 'prospectStatus', value: enumCell('prospectStatus', 'prospectStatus') },
  { source: 'sector' },
  { source: 'size' },
  { source: 'region' },
  { source: 'source' },
  { source: 'tags', value: (r) => (r.tags ?? []).join(', ') },
], 'tiers');

const Columns = () => {
  const role = useRole();
  return (
    <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyRows />}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" field={NameLink} />
      <DataTable.Col
        source="customerType"
        render={(r: ThirdParty) => (
          <StatusChip enumName="customerTypeShort" value={r.customerType} colors={{ b2b: 'primary', b2c: 'secondary' }} variant="outlined" />
        )}
      />
      <DataTable.Col source="zone" render={(r: ThirdParty) => <StatusChip enumName="zone" value={r.zone} />} />
      <DataTable.Col source="billingCity" label="resources.third-parties.short.city" />
      <DataTable.Col source="phone" disableSort cellSx={nowrap} />
      {role === 'prospect' ? (
        <DataTable.Col
          source="prospectStatus"
          render={(r: ThirdParty) => (
            <StatusChip
              enumName="prospectStatus"
              value={r.prospectStatus}
              colors={{ qualified: 'info', proposal: 'info', negotiation: 'success', lost: 'error' }}
            />
          )}
        />
      ) : null}
      {role === 'supplier' ? <DataTable.NumberCol source="supplierLeadTimeDays" /> : null}
      <DataTable.Col source="accountManagerName" disableSort />
    </DataTable>
  );
};

export const ThirdPartyList = () => (
  <List
    title={<ThirdPartyListTitle />}
    filters={filters}
    actions={<ListActions />}
    exporter={exporter}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
  >
    <Columns />
  </List>
);
