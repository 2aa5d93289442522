import { Box, Typography } from '@mui/material';
import { DataTable, List, useTranslate } from 'react-admin';
import type { Scenario } from '../types';

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.scenarios.empty')}</Typography>
    </Box>
  );
};

export const ScenarioList = () => {
  const translate = useTranslate();
  return (
    <List title={translate('resources.scenarios.titles.list')} actions={false} exporter={false} pagination={false} empty={false}>
      <DataTable rowClick={false} bulkActionButtons={false} empty={<Empty />}>
        <DataTable.Col source="title" render={(s: Scenario) => <strong>{s.title}</strong>} />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col
          source="hash"
          disableSort
          render={(s: Scenario) => <Box component="code" sx={{ fontSize: '0.85em' }}>{s.hash?.slice(0, 8)}</Box>}
        />
      </DataTable>
    </List>
  );
};
