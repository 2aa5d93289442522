import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { RecordHeader } from '../shared/RecordHeader';
import {
  BooleanField,
  DataTable,
  EditButton,
  Labeled,
  ReferenceManyField,
  Show,
  TextField,
  TopToolbar,
  useLocale,
  useRecordContext,
  useTranslate,
  Pagination,
  NumberField,
} from 'react-admin';
import { intlLocale } from '../i18n/i18nProvider';
import type { Product, StockMovement } from '../types';
import { EnumField } from '../shared/EnumField';
import { MovementDateField, MovementTypeChip, SignedQuantityField } from '../stock-movements/StockMovementList';
import { MoneyField } from '../shared/MoneyField';
import { RateField } from '../shared/RateField';
import { ShowSection } from '../shared/FormSection';
import { formatQuantity } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';
import { AdjustStockButton } from './AdjustStockButton';
import { StockStatusChip } from './StockStatusChip';

export const ProductTitle = ({ kind = 'show' }: { kind?: 'show' | 'edit' }) => {
  const record = useRecordContext<Product>();
  const translate = useTranslate();
  return <>{record ? translate(`resources.products.titles.${kind}`, { name: record.reference }) : ''}</>;
};

const Header = () => {
  const record = useRecordContext<Product>();
  if (!record) return null;
  return (
    <RecordHeader
      title={record.label}
      code={record.reference}
      chips={record.active ? null : <Chip size="small" label={<InactiveLabel />} />}
    />
  );
};

const InactiveLabel = () => {
  const translate = useTranslate();
  return <>{translate('resources.products.inactive')}</>;
};

const ShowActions = () => {
  const canWrite = useCanWrite();
  return (
    <TopToolbar>
      <AdjustStockButton />
      {canWrite ? <EditButton /> : null}
    </TopToolbar>
  );
};

const Figure = ({ label, value, emphasis }: { label: string; value: string; emphasis?: 'error' | 'warning' }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography
        variant="h6"
        component="div"
        sx={{ fontVariantNumeric: 'tabular-nums', color: emphasis ? `${emphasis}.main` : 'text.primary' }}
      >
        {value}
      </Typography>
    </Box>
  );
};

/** The stock block: on hand, reserved, available, reorder point and quantity, supplier lead time. */
const StockBlock = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!product || product.type === 'service') return null;
  const q = (n: number | null | undefined) => (n == null ? '—' : formatQuantity(n, locale));
  const emphasis = product.onHand <= 0 ? 'error' : product.belowReorderPoint ? 'warning' : undefined;
  return (
    <Card component="section" aria-labelledby="stock-title" sx={{ mb: 2, width: '100%' }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
          <Typography id="stock-title" component="h3" variant="subtitle1" sx={{ color: 'primary.dark' }}>
            {translate('resources.products.sections.stock')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            ({translate('resources.products.stock.unit', { unit: product.unit })})
          </Typography>
          <StockStatusChip product={product} showOk />
        </Box>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: 'repeat(2, 1fr)', md: 'repeat(6, 1fr)' },
            gap: 2,
          }}
        >
          <Figure label="resources.products.fields.onHand" value={q(product.onHand)} emphasis={emphasis} />
          <Figure label="resources.products.fields.reserved" value={q(product.reserved)} />
          <Figure label="resources.products.fields.available" value={q(product.available)} emphasis={product.available <= 0 ? 'error' : undefined} />
          <Figure label="resources.products.fields.reorderPoint" value={q(product.reorderPoint)} />
          <Figure label="resources.products.fields.reorderQuantity" value={q(product.reorderQuantity)} />
          <Figure
            label="resources.products.fields.supplierLeadTimeDays"
            value={product.supplierLeadTimeDays == null ? '—' : String(product.supplierLeadTimeDays)}
          />
        </Box>
      </CardContent>
    </Card>
  );
};

const MovementsEmpty = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate('resources.stock-movements.empty')}
    </Typography>
  );
};

const Movements = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  if (!product || product.type === 'service') return null;
  return (
    <Box component="section" aria-labelledby="movements-title" sx={{ width: '100%' }}>
      <Typography id="movements-title" component="h3" variant="subtitle1" sx={{ color: 'primary.dark', mb: 1 }}>
        {translate('resources.products.sections.movements')}
      </Typography>
      <ReferenceManyField
        reference="stock-movements"
        target="productId"
        sort={{ field: 'date', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={<MovementsEmpty />}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="date" field={MovementDateField} />
          <DataTable.Col source="type" render={(m: StockMovement) => <MovementTypeChip value={m.type} />} />
          <DataTable.Col source="quantity" align="right" field={SignedQuantityField} />
          <DataTable.Col source="reason" />
          <DataTable.Col source="author" />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};

export const ProductShow = () => {
  const locale = useLocale();
  return (
  <Show title={<ProductTitle />} actions={<ShowActions />}>
    <Header />
    <Box sx={{ p: 2, pt: 1 }}>
      <StockBlock />
      <ShowSection title="resources.products.sections.identity" columns={4}>
        <TextField source="reference" />
        <TextField source="label" />
        <TextField source="familyName" emptyText="—" />
        <EnumField source="type" enumName="productType" />
        <TextField source="unit" />
        <BooleanField source="active" />
        <Labeled source="description" sx={{ gridColumn: { md: 'span 2' } }}>
          <TextField source="description" emptyText="—" />
        </Labeled>
      </ShowSection>
      <ShowSection title="resources.products.sections.prices" columns={4}>
        <MoneyField source="salePriceCents" />
        <RateField source="vatRateBp" />
        <MoneyField source="purchasePriceCents" />
        <MoneyField source="marginCents" />
        <RateField source="marginRateBp" />
        <RateField source="markRateBp" />
      </ShowSection>
      <ShowSection title="resources.products.sections.supply" columns={4}>
        <TextField source="supplierName" emptyText="—" />
        <TextField source="supplierReference" emptyText="—" />
        <NumberField source="weightGrams" emptyText="—" locales={intlLocale(locale)} />
        <TextField source="ecoInfo" emptyText="—" />
      </ShowSection>
      <Movements />
    </Box>
  </Show>
);
};
