import { Box, Typography } from '@mui/material';
import { DataTable, List, useTranslate } from 'react-admin';
import type { Staff } from '../types';

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('resources.staff.empty')}</Typography>
    </Box>
  );
};

/** The fictive company's people: read-only. */
export const StaffList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.staff.titles.list')}
      actions={false}
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={50}
      exporter={false}
      empty={false}
    >
      <DataTable rowClick={false} bulkActionButtons={false} empty={<Empty />}>
        <DataTable.Col
          source="lastName"
          label="resources.staff.fields.fullName"
          render={(s: Staff) => <strong>{`${s.firstName} ${s.lastName}`}</strong>}
        />
        <DataTable.Col source="jobTitle" />
        <DataTable.Col source="role" render={(s: Staff) => translate(`app.enums.staffRole.${s.role}`, { _: s.role })} />
        <DataTable.Col source="email" />
        <DataTable.Col source="phone" disableSort />
      </DataTable>
    </List>
  );
};
