import { DataTable, FilterButton, List, SelectInput, TopToolbar, useTranslate, type FieldProps } from 'react-admin';
import { LocalDateField } from '../shared/DateFields';
import { ListEmpty, ThirdPartyFilterInput } from '../shared/DocumentList';
import { enumChoices } from '../shared/choices';
import type { Interaction, InteractionKind } from '../reminders/types';
import { OutcomeText } from './InteractionsPanel';

const KINDS: readonly InteractionKind[] = ['call', 'email', 'meeting', 'visit', 'note'];

const filters = [
  <ThirdPartyFilterInput key="thirdPartyId" source="thirdPartyId" label="resources.interactions.fields.thirdPartyId" role={null} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('interactionKind', KINDS)} helperText={false} alwaysOn />,
];

const AtField = (props: FieldProps) => <LocalDateField {...props} source="at" showTime />;

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
      <DataTable bulkActionButtons={false} rowClick={false} empty={<ListEmpty resource="interactions" message="resources.interactions.panel.empty" />}>
        <DataTable.Col source="at" field={AtField} />
        <DataTable.Col source="thirdPartyName" disableSort cellSx={() => ({ fontWeight: 600 })} />
        <DataTable.Col source="kind" render={(i: Interaction) => translate(`app.enums.interactionKind.${i.kind}`, { _: i.kind })} />
        <DataTable.Col source="subject" />
        <DataTable.Col source="outcome" render={(i: Interaction) => <OutcomeText interaction={i} />} />
      </DataTable>
    </List>
  );
};
