import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useListContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { ThirdParty } from '../types';
import { LocalDateField } from '../shared/DateFields';
import { enumChoices } from '../shared/choices';
import type { Interaction, InteractionKind } from '../reminders/types';
import { OutcomeText } from './InteractionsPanel';

const KINDS: readonly InteractionKind[] = ['call', 'email', 'meeting', 'visit', 'note'];

const filters = [
  <ReferenceInput key="thirdPartyId" source="thirdPartyId" reference="third-parties" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput
      label="resources.interactions.fields.thirdPartyId"
      optionText={(t: ThirdParty) => (t ? `${t.name} (${t.code})` : '')}
      filterToQuery={(q: string) => ({ q })}
      sx={{ minWidth: 260 }}
      helperText={false}
    />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices('interactionKind', KINDS)} helperText={false} alwaysOn />,
];

const AtField = (props: FieldProps) => <LocalDateField {...props} source="at" showTime />;

const Empty = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const filtered = Object.values(filterValues ?? {}).some((v) => v !== undefined && v !== '');
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography color="text.secondary">
        {filtered
          ? translate('ra.navigation.no_filtered_results', { name: translate('resources.interactions.name', { smart_count: 2 }).toLowerCase() })
          : translate('resources.interactions.panel.empty')}
      </Typography>
    </Box>
  );
};

/** Calls, e-mails, meetings and notes with the tiers (read-only here: calls are logged from the reminders worklist). */
export const InteractionList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.interactions.titles.list')}
      filters={filters}
      actions={
        <TopToolbar>
          <FilterButton />
        </TopToolbar>
      }
      sort={{ field: 'at', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={false}
    >
      <DataTable bulkActionButtons={false} rowClick={false} empty={<Empty />}>
        <DataTable.Col source="at" field={AtField} />
        <DataTable.Col source="thirdPartyName" disableSort cellSx={() => ({ fontWeight: 600 })} />
        <DataTable.Col source="kind" render={(i: Interaction) => translate(`app.enums.interactionKind.${i.kind}`, { _: i.kind })} />
        <DataTable.Col source="subject" />
        <DataTable.Col source="outcome" render={(i: Interaction) => <OutcomeText interaction={i} />} />
      </DataTable>
    </List>
  );
};
