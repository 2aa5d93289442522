import { Box, Link as MuiLink, Typography } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  LinkBase,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Product, ThirdParty } from '../types';
import { PRODUCT_TYPES, enumChoices } from '../shared/choices';
import { makeExporter, enumCell } from '../shared/csv';
import { centsToInput, formatQuantity, formatRate, nowrap } from '../shared/format';
import { MoneyField } from '../shared/MoneyField';
import { RateField } from '../shared/RateField';
import { QuantityField } from '../shared/QuantityField';
import { useCanWrite } from '../shared/useSandboxContext';
import { SearchFilterInput } from '../third-parties/ThirdPartyList';
import { StockStatusChip } from './StockStatusChip';

const filters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="familyId" source="familyId" reference="product-families" sort={{ field: 'name', order: 'ASC' }} perPage={100} alwaysOn>
    <SelectInput optionText="name" sx={{ width: 180 }} />
  </ReferenceInput>,
  <SelectInput
    key="stock"
    source="stock"
    choices={[
      { id: 'low', name: 'resources.products.stock.low' },
      { id: 'out', name: 'resources.products.stock.out' },
    ]}
    sx={{ width: 170 }}
    alwaysOn
  />,
  <ReferenceInput key="supplierId" source="supplierId" reference="third-parties" filter={{ role: 'supplier' }}>
    <AutocompleteInput optionText={(t: ThirdParty) => (t ? t.name : '')} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput key="type" source="type" choices={enumChoices('productType', PRODUCT_TYPES)} />,
];

const ListActions = () => {
  const canWrite = useCanWrite();
  return (
    <TopToolbar>
      <FilterButton />
      {canWrite ? <CreateButton label="resources.products.titles.create" /> : null}
      <ExportButton />
    </TopToolbar>
  );
};

const ReferenceLink = () => {
  const record = useRecordContext<Product>();
  if (!record) return null;
  return (
    <MuiLink
      component={LinkBase}
      to={`/products/${record.id}/show`}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      underline="hover"
      sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}
    >
      {record.reference}
    </MuiLink>
  );
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.products.empty')}</Typography>
    </Box>
  );
};

const exporter = makeExporter<Product>(
  'products',
  [
  { source: 'reference' },
  { source: 'label' },
  { source: 'familyName' },
  { source: 'type', value: enumCell('productType', 'type') },
  { source: 'unit' },
  { source: 'salePriceCents', value: (r, _t, l) => centsToInput(r.salePriceCents, l) },
  { source: 'vatRateBp', value: (r, _t, l) => formatRate(r.vatRateBp, l) },
  { source: 'purchasePriceCents', value: (r, _t, l) => centsToInput(r.purchasePriceCents, l) },
  { source: 'marginRateBp', value: (r, _t, l) => formatRate(r.marginRateBp, l) },
  { source: 'markRateBp', value: (r, _t, l) => formatRate(r.markRateBp, l) },
  { source: 'supplierName' },
  { source: 'supplierReference' },
  { source: 'onHand', value: (r, _t, l) => formatQuantity(r.onHand, l) },
  { source: 'reserved', value: (r, _t, l) => formatQuantity(r.reserved, l) },
  { source: 'available', value: (r, _t, l) => formatQuantity(r.available, l) },
  { source: 'reorderPoint', value: (r, _t, l) => formatQuantity(r.reorderPoint, l) },
  { source: 'reorderQuantity', value: (r, _t, l) => formatQuantity(r.reorderQuantity, l) },
  ],
  'articles',
);

export const ProductList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.products.titles.list')}
      filters={filters}
      actions={<ListActions />}
      exporter={exporter}
      sort={{ field: 'reference', order: 'ASC' }}
      perPage={25}
      empty={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false} empty={<Empty />}>
        <DataTable.Col source="reference" field={ReferenceLink} />
        <DataTable.Col source="label" cellSx={() => ({ minWidth: 200 })} />
        <DataTable.Col source="familyName" disableSort />
        <DataTable.Col source="salePriceCents" align="right" field={MoneyField} cellSx={nowrap} />
        <DataTable.Col source="vatRateBp" align="right" field={RateField} cellSx={nowrap} />
        <DataTable.Col source="onHand" align="right" field={QuantityField} cellSx={nowrap} />
        <DataTable.Col source="reserved" align="right" field={QuantityField} disableSort cellSx={nowrap} />
        <DataTable.Col source="available" align="right" field={QuantityField} cellSx={nowrap} />
        <DataTable.Col
          label="resources.products.fields.stockStatus"
          disableSort
          render={(p: Product) => <StockStatusChip product={p} />}
        />
      </DataTable>
    </List>
  );
};
