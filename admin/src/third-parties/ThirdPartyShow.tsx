import { Box, Chip, Stack, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  Button,
  DataTable,
  DateField,
  EditButton,
  EmailField,
  Labeled,
  LinkBase,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Contact, ThirdParty } from '../types';
import { EnumField, StatusChip } from '../shared/EnumField';
import { MoneyField } from '../shared/MoneyField';
import { ShowSection } from '../shared/FormSection';
import { countryName } from '../shared/countries';
import { intlLocale } from '../i18n/i18nProvider';
import { useCanWrite } from '../shared/useSandboxContext';
import { ConvertToClientButton } from './ConvertToClientButton';
import { StatementButton } from '../statements/StatementButton';
import { ConsentChip } from '../contacts/ConsentChip';
import { RecordHeader } from '../shared/RecordHeader';
import { ClientCreditPanel, ClientCreditStrip } from '../credit/ClientCreditPanel';

export const ThirdPartyTitle = () => {
  const record = useRecordContext<ThirdParty>();
  const translate = useTranslate();
  return <>{record ? translate('resources.third-parties.titles.show', { name: record.code }) : ''}</>;
};

const ShowActions = () => {
  const canWrite = useCanWrite();
  return (
    <TopToolbar>
      <ConvertToClientButton />
      <StatementButton />
      {canWrite ? <EditButton /> : null}
    </TopToolbar>
  );
};

const Roles = () => {
  const record = useRecordContext<ThirdParty>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {record.isClient ? <Chip size="small" color="primary" label={translate('app.enums.role.client')} /> : null}
      {record.isProspect ? <Chip size="small" color="info" label={translate('app.enums.role.prospect')} /> : null}
      {record.isSupplier ? <Chip size="small" color="secondary" label={translate('app.enums.role.supplier')} /> : null}
    </Stack>
  );
};

const Header = () => {
  const record = useRecordContext<ThirdParty>();
  if (!record) return null;
  return <RecordHeader title={record.name} code={record.code} chips={<Roles />} />;
};

const Address = ({ prefix }: { prefix: 'billing' | 'delivery' }) => {
  const record = useRecordContext<ThirdParty>() as Record<string, string | null> | undefined;
  const locale = useLocale();
  const translate = useTranslate();
  if (!record) return null;
  const line1 = record[`${prefix}Line1`];
  const source = prefix === 'delivery' && !line1 ? 'billing' : prefix;
  const get = (f: string) => record[`${source}${f}`];
  if (!get('Line1')) return <Typography variant="body2">{translate('app.common.none')}</Typography>;
  return (
    <Box component="address" sx={{ fontStyle: 'normal', typography: 'body2', lineHeight: 1.6 }}>
      {get('Line1')}
      <br />
      {get('Line2') ? (
        <>
          {get('Line2')}
          <br />
        </>
      ) : null}
      {get('Postcode')} {get('City')}
      <br />
      {countryName(get('Country'), locale)}
    </Box>
  );
};

const TagsField = () => {
  const record = useRecordContext<ThirdParty>();
  if (!record?.tags?.length) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {record.tags.map((tag) => (
        <Chip key={tag} size="small" variant="outlined" label={tag} />
      ))}
    </Stack>
  );
};

const AddContactButton = () => {
  const record = useRecordContext<ThirdParty>();
  const canWrite = useCanWrite();
  if (!record || !canWrite) return null;
  return (
    <Button
      component={LinkBase}
      to="/contacts/create"
      state={{ record: { thirdPartyId: record.id, marketingConsent: 'unknown' }, returnTo: `/third-parties/${record.id}/show/contacts` }}
      label="resources.third-parties.actions.addContact"
      variant="contained"
    >
      <PersonAddIcon />
    </Button>
  );
};

const ContactsEmpty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate('resources.third-parties.empty.contacts')}
    </Typography>
  );
};

export const ThirdPartyShow = () => {
  const locale = useLocale();
  return (
    <Show title={<ThirdPartyTitle />} actions={<ShowActions />}>
      <Header />
      <ClientCreditStrip />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.third-parties.sections.identity">
          <ShowSection title="resources.third-parties.sections.identity">
            <TextField source="code" />
            <TextField source="name" />
            <Labeled label="resources.third-parties.fields.roles">
              <Roles />
            </Labeled>
            <EnumField source="customerType" enumName="customerType" />
            <EnumField source="zone" enumName="zone" />
            <EnumField source="language" enumName="language" />
            <StatusChipProspect />
          </ShowSection>
          <ShowSection title="resources.third-parties.sections.legal">
            <TextField source="legalForm" emptyText="—" />
            <TextField source="siren" emptyText="—" />
            <TextField source="siret" emptyText="—" />
            <TextField source="vatNumber" emptyText="—" />
          </ShowSection>
          <ShowSection title="resources.third-parties.sections.communication">
            <EmailField source="email" emptyText="—" />
            <TextField source="phone" emptyText="—" />
            <UrlField source="website" emptyText="—" target="_blank" rel="noopener" />
          </ShowSection>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.third-parties.sections.addresses" path="addresses">
          <ShowSection title="resources.third-parties.sections.addresses" columns={2}>
            <Labeled label="resources.third-parties.sections.billing">
              <Address prefix="billing" />
            </Labeled>
            <Labeled label="resources.third-parties.sections.delivery">
              <Address prefix="delivery" />
            </Labeled>
          </ShowSection>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.third-parties.sections.terms" path="terms">
          <ClientCreditPanel />
          <ShowSection title="resources.third-parties.sections.terms">
            <EnumField source="paymentTerms" enumName="paymentTerms" />
            <EnumField source="paymentMethod" enumName="paymentMethod" />
            <Labeled source="creditLimitCents">
              <MoneyField source="creditLimitCents" />
            </Labeled>
            <TextField source="accountManagerName" emptyText="—" />
            <SupplierLeadTime />
          </ShowSection>
          <ShowSection title="resources.third-parties.sections.segmentation">
            <TextField source="sector" emptyText="—" />
            <TextField source="size" emptyText="—" />
            <TextField source="region" emptyText="—" />
            <TextField source="source" emptyText="—" />
            <Labeled source="tags">
              <TagsField />
            </Labeled>
            <DateField source="convertedAt" locales={intlLocale(locale)} emptyText="—" />
          </ShowSection>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.third-parties.sections.contacts" path="contacts">
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', width: '100%' }}>
            <AddContactButton />
          </Box>
          <ReferenceManyField reference="contacts" target="thirdPartyId" sort={{ field: 'lastName', order: 'ASC' }} perPage={50} empty={<ContactsEmpty />}>
            <DataTable rowClick="edit" bulkActionButtons={false}>
              <DataTable.Col
                source="lastName"
                label="resources.contacts.fields.fullName"
                render={(c: Contact) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ')}
              />
              <DataTable.Col source="jobTitle" />
              <DataTable.Col source="email" />
              <DataTable.Col source="phone" />
              <DataTable.Col
                source="preferredChannel"
                render={(c: Contact) => <EnumInline enumName="preferredChannel" value={c.preferredChannel} />}
              />
              <DataTable.Col source="marketingConsent" render={(c: Contact) => <ConsentChip value={c.marketingConsent} />} />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.third-parties.sections.notes" path="notes">
          <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};

const EnumInline = ({ enumName, value }: { enumName: string; value: string | null | undefined }) => {
  const translate = useTranslate();
  return <>{value ? translate(`app.enums.${enumName}.${value}`, { _: value }) : ''}</>;
};

const StatusChipProspect = () => {
  const record = useRecordContext<ThirdParty>();
  if (!record?.isProspect) return null;
  return (
    <Labeled source="prospectStatus">
      <StatusChip
        enumName="prospectStatus"
        value={record.prospectStatus}
        colors={{ qualified: 'info', proposal: 'info', negotiation: 'success', lost: 'error' }}
      />
    </Labeled>
  );
};

const SupplierLeadTime = () => {
  const record = useRecordContext<ThirdParty>();
  if (!record?.isSupplier) return null;
  return <TextField source="supplierLeadTimeDays" emptyText="—" />;
};
