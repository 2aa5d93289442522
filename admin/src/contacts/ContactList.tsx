import { Box, Link as MuiLink, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  LinkBase,
  List,
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Contact, ThirdParty } from '../types';
import { MARKETING_CONSENTS, PREFERRED_CHANNELS, enumChoices } from '../shared/choices';
import { makeExporter, enumCell } from '../shared/csv';
import { useCanWrite } from '../shared/useSandboxContext';
import { SearchFilterInput } from '../third-parties/ThirdPartyList';
import { ConsentChip } from './ConsentChip';
import { formatDate, nowrap } from '../shared/format';

const fullName = (c: Contact) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ');

const filters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="thirdPartyId" source="thirdPartyId" reference="third-parties" alwaysOn>
    <AutocompleteInput optionText={(t: ThirdParty) => (t ? `${t.name} (${t.code})` : '')} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="marketingConsent" source="marketingConsent" choices={enumChoices('marketingConsent', MARKETING_CONSENTS)} />,
  <SelectInput key="preferredChannel" source="preferredChannel" choices={enumChoices('preferredChannel', PREFERRED_CHANNELS)} />,
];

const ListActions = () => {
  const canWrite = useCanWrite();
  return (
    <TopToolbar>
      <FilterButton />
      {canWrite ? <CreateButton label="resources.contacts.titles.create" state={{ record: { marketingConsent: 'unknown' } }} /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

const TierLink = () => {
  const record = useRecordContext<Contact>();
  if (!record) return null;
  return (
    <MuiLink
      component={LinkBase}
      to={`/third-parties/${record.thirdPartyId}/show`}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      underline="hover"
    >
      {record.thirdPartyName}
    </MuiLink>
  );
};

const NameLink = () => {
  const record = useRecordContext<Contact>();
  if (!record) return null;
  return (
    <MuiLink
      component={LinkBase}
      to={`/contacts/${record.id}`}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      underline="hover"
      sx={{ fontWeight: 600 }}
    >
      {fullName(record)}
    </MuiLink>
  );
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.contacts.empty')}</Typography>
    </Box>
  );
};

const exporter = makeExporter<Contact>('contacts', [
  { source: 'civility' },
  { source: 'firstName' },
  { source: 'lastName' },
  { source: 'thirdPartyName' },
  { source: 'jobTitle' },
  { source: 'email' },
  { source: 'phone' },
  { source: 'mobile' },
  { source: 'preferredChannel', value: enumCell('preferredChannel', 'preferredChannel') },
  { source: 'marketingConsent', value: enumCell('marketingConsent', 'marketingConsent') },
  { source: 'consentDate', value: (r, _t, l) => formatDate(r.consentDate, l) },
  { source: 'consentSource' },
  { source: 'isPrimary', value: (r, t) => (r.isPrimary ? t('app.common.yes') : t('app.common.no')) },
]);

export const ContactList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.contacts.titles.list')}
      filters={filters}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={25}
      empty={false}
    >
      <DataTable rowClick="edit" bulkActionButtons={false} empty={<Empty />}>
        <DataTable.Col source="lastName" label="resources.contacts.fields.fullName" field={NameLink} />
        <DataTable.Col source="thirdPartyName" field={TierLink} disableSort />
        <DataTable.Col source="jobTitle" />
        <DataTable.Col source="email" />
        <DataTable.Col source="phone" disableSort cellSx={nowrap} />
        <DataTable.Col source="marketingConsent" label="resources.contacts.fields.consentShort" render={(c: Contact) => <ConsentChip value={c.marketingConsent} />} />
        <DataTable.Col
          source="preferredChannel"
          render={(c: Contact) => (c.preferredChannel ? translate(`app.enums.preferredChannel.${c.preferredChannel}`) : '')}
        />
      </DataTable>
    </List>
  );
};
