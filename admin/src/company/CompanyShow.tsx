import { Alert, Box, Typography } from '@mui/material';
import {
  EditButton,
  EmailField,
  Labeled,
  Show,
  TextField,
  TopToolbar,
  UrlField,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField } from '../shared/EnumField';
import { MoneyField } from '../shared/MoneyField';
import { RateField } from '../shared/RateField';
import { ShowSection } from '../shared/FormSection';
import { countryName } from '../shared/countries';
import { useCanWrite } from '../shared/useSandboxContext';

const ShowActions = () => {
  const canWrite = useCanWrite();
  return <TopToolbar>{canWrite ? <EditButton /> : null}</TopToolbar>;
};

const CompanyTitle = () => {
  const translate = useTranslate();
  return <>{translate('resources.company.titles.show')}</>;
};

const Address = () => {
  const record = useRecordContext();
  const locale = useLocale();
  if (!record) return null;
  return (
    <Box component="address" sx={{ fontStyle: 'normal', typography: 'body2', lineHeight: 1.6 }}>
      {record.addressLine1}
      <br />
      {record.addressLine2 ? (
        <>
          {record.addressLine2}
          <br />
        </>
      ) : null}
      {record.postcode} {record.city}
      <br />
      {countryName(record.country, locale)}
    </Box>
  );
};

const Rcs = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      RCS {record.rcsCity} {record.siren}
    </Typography>
  );
};

const LongText = ({ source }: { source: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Typography component="div" variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {record?.[source] || translate('app.common.none')}
    </Typography>
  );
};

const DelegationIntro = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 1.5 }}>
      {translate('resources.company.delegationIntro')}
    </Alert>
  );
};

const Header = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, pt: 2 }}>
      {record.logo ? (
        <Box component="img" src={record.logo} alt={`Logo ${record.name}`} sx={{ height: 48, maxWidth: 220, objectFit: 'contain' }} />
      ) : null}
      <Box>
        <Typography component="h2" variant="h5" sx={{ fontWeight: 600 }}>
          {record.name}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {record.legalForm} — {record.postcode} {record.city}
        </Typography>
      </Box>
    </Box>
  );
};

const PaymentTerms = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.paymentTerms as string | undefined;
  return (
    <Typography component="span" variant="body2">
      {value ? translate(`app.enums.paymentTerms.${value}`, { _: value }) : '—'}
    </Typography>
  );
};

export const CompanyShow = () => (
  <Show title={<CompanyTitle />} actions={<ShowActions />}>
    <Header />
    <Box sx={{ p: 2 }}>
      <ShowSection title="resources.company.sections.identity" columns={4}>
        <TextField source="name" />
        <TextField source="legalForm" />
        <MoneyField source="capitalCents" />
        <TextField source="nafCode" />
        <TextField source="siren" />
        <TextField source="siret" />
        <Labeled source="rcsCity">
          <Rcs />
        </Labeled>
        <TextField source="vatNumber" />
      </ShowSection>
      <ShowSection title="resources.company.sections.delegation" columns={4} intro={<DelegationIntro />}>
        <RateField source="maxDiscountBp" />
        <MoneyField source="maxCreditNoteCents" />
        <MoneyField source="maxCommercialGestureCents" />
        <EnumField source="creditOverrunPolicy" enumName="creditOverrunPolicy" />
      </ShowSection>
      <ShowSection title="resources.company.sections.address" columns={4}>
        <Labeled source="addressLine1">
          <Address />
        </Labeled>
        <TextField source="phone" emptyText="—" />
        <EmailField source="email" emptyText="—" />
        <UrlField source="website" emptyText="—" target="_blank" rel="noopener" />
        <EnumField source="defaultLanguage" enumName="language" />
        <Labeled source="documentFooterNote" sx={{ gridColumn: { md: 'span 3' } }}>
          <LongText source="documentFooterNote" />
        </Labeled>
      </ShowSection>
      <ShowSection title="resources.company.sections.bank" columns={4}>
        <TextField source="iban" />
        <TextField source="bic" />
      </ShowSection>
      <ShowSection title="resources.company.sections.cgv" columns={3}>
        <Labeled source="paymentTerms">
          <PaymentTerms />
        </Labeled>
        <RateField source="latePenaltyRateBp" />
        <MoneyField source="recoveryIndemnityCents" />
        <Labeled source="latePenaltyWording" sx={{ gridColumn: '1 / -1' }}>
          <LongText source="latePenaltyWording" />
        </Labeled>
        <TextField source="earlyPaymentDiscount" />
        <Labeled source="discountPolicy" sx={{ gridColumn: { md: 'span 2' } }}>
          <LongText source="discountPolicy" />
        </Labeled>
        <Labeled source="cgvText" sx={{ gridColumn: '1 / -1' }}>
          <LongText source="cgvText" />
        </Labeled>
      </ShowSection>
    </Box>
  </Show>
);
