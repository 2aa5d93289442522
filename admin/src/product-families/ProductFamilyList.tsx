import { Box, Typography } from '@mui/material';
import { CreateButton, DataTable, List, TopToolbar, useTranslate } from 'react-admin';
import { useCanWrite } from '../shared/useSandboxContext';
import { SearchFilterInput } from '../third-parties/ThirdPartyList';

const ListActions = () => {
  const canWrite = useCanWrite();
  return <TopToolbar>{canWrite ? <CreateButton label="resources.product-families.titles.create" /> : null}</TopToolbar>;
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.product-families.empty')}</Typography>
    </Box>
  );
};

export const ProductFamilyList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.product-families.titles.list')}
      actions={<ListActions />}
      filters={[<SearchFilterInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={50}
      exporter={false}
      empty={false}
    >
      <DataTable rowClick="edit" bulkActionButtons={false} empty={<Empty />}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.NumberCol source="productCount" disableSort />
      </DataTable>
    </List>
  );
};
