import { Box, Link as MuiLink, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateInput,
  ExportButton,
  FilterButton,
  LinkBase,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { Product, StockMovement } from '../types';
import { STOCK_MOVEMENT_TYPES, enumChoices } from '../shared/choices';
import { StatusChip } from '../shared/EnumField';
import { QuantityField } from '../shared/QuantityField';
import { LocalDateField } from '../shared/DateFields';
import { makeExporter, enumCell } from '../shared/csv';
import { formatDateTime, formatQuantity, nowrap } from '../shared/format';
import { SearchFilterInput } from '../third-parties/ThirdPartyList';

const filters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="productId" source="productId" reference="products" alwaysOn>
    <AutocompleteInput
      optionText={(p: Product) => (p ? `${p.reference} — ${p.label}` : '')}
      filterToQuery={(q: string) => ({ q })}
      sx={{ minWidth: 280 }}
    />
  </ReferenceInput>,
  <SelectInput key="type" source="type" choices={enumChoices('stockMovementType', STOCK_MOVEMENT_TYPES)} alwaysOn />,
  <DateInput key="date_gte" source="date_gte" />,
  <DateInput key="date_lte" source="date_lte" />,
];

const ProductLink = () => {
  const record = useRecordContext<StockMovement>();
  if (!record) return null;
  return (
    <MuiLink component={LinkBase} to={`/products/${record.productId}/show`} underline="hover">
      <strong>{record.productReference}</strong> — {record.productLabel}
    </MuiLink>
  );
};

export const MovementDateField = (props: FieldProps) => <LocalDateField {...props} source="date" showTime />;
export const SignedQuantityField = (props: FieldProps) => <QuantityField {...props} source="quantity" signed />;

export const MovementTypeChip = ({ value }: { value: StockMovement['type'] }) => (
  <StatusChip
    enumName="stockMovementType"
    value={value}
    colors={{ in: 'success', out: 'info', adjustment: 'warning', inventory: 'secondary' }}
    variant="outlined"
  />
);

const SourceText = ({ movement }: { movement: StockMovement }) => {
  const translate = useTranslate();
  if (!movement.sourceType) return <>{translate('app.enums.sourceType.manual')}</>;
  return <>{translate(`app.enums.sourceType.${movement.sourceType}`, { _: movement.sourceType })}</>;
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.stock-movements.empty')}</Typography>
    </Box>
  );
};

const exporter = makeExporter<StockMovement>('stock-movements', [
  { source: 'date', value: (r, _t, l) => formatDateTime(r.date, l) },
  { source: 'productReference' },
  { source: 'productLabel' },
  { source: 'type', value: enumCell('stockMovementType', 'type') },
  { source: 'quantity', value: (r, _t, l) => formatQuantity(r.quantity, l, true) },
  { source: 'reason' },
  {
    source: 'sourceType',
    value: (r, t) => t(`app.enums.sourceType.${r.sourceType ?? 'manual'}`, { _: r.sourceType ?? '' }),
  },
  { source: 'author' },
], 'mouvements-de-stock');

export const StockMovementList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.stock-movements.titles.list')}
      filters={filters}
      actions={
        <TopToolbar>
          <FilterButton />
          <ExportButton />
        </TopToolbar>
      }
      exporter={exporter}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={25}
      empty={false}
    >
      <DataTable rowClick={false} bulkActionButtons={false} empty={<Empty />}>
        <DataTable.Col source="date" field={MovementDateField} />
        <DataTable.Col source="productLabel" field={ProductLink} disableSort />
        <DataTable.Col source="type" render={(m: StockMovement) => <MovementTypeChip value={m.type} />} />
        <DataTable.Col source="quantity" align="right" field={SignedQuantityField} />
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="sourceType" disableSort render={(m: StockMovement) => <SourceText movement={m} />} />
        <DataTable.Col source="author" disableSort cellSx={nowrap} />
      </DataTable>
    </List>
  );
};
