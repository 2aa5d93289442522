import { Box, Link as MuiLink, Tab, Tabs, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import {
  DataTable,
  FilterButton,
  LinkBase,
  List,
  SelectInput,
  TopToolbar,
  useCreatePath,
  useGetList,
  useListContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { Message, MessageDirection } from '../types';
import { LocalDateField } from '../shared/DateFields';
import { enumChoices } from '../shared/choices';
import { MESSAGE_CHANNELS } from '../shared/SendDocumentButton';
import { visuallyHidden } from '../shared/visuallyHidden';
import { SearchFilterInput } from '../third-parties/ThirdPartyList';
import { ChannelChip, RelatedDocumentLink } from './MessageParts';

const DIRECTIONS: readonly MessageDirection[] = ['out', 'in'];

const filters = [
  <SearchFilterInput key="q" source="q" alwaysOn />,
  <SelectInput key="channel" source="channel" choices={enumChoices('messageChannel', MESSAGE_CHANNELS)} helperText={false} />,
];

/** "Envoyés (3)": the count honours the other filters. */
const TabLabel = ({ direction, label }: { direction: MessageDirection; label: string }) => {
  const { filterValues } = useListContext();
  const { direction: _ignored, ...others } = filterValues ?? {};
  const { total } = useGetList('messages', {
    filter: { ...others, direction },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  return (
    <>
      {label}
      {total != null ? ` (${total})` : ''}
    </>
  );
};

/** "Envoyés" (outbox) / "Reçus" (inbox), over the direction filter. */
const DirectionTabs = () => {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const current = filterValues?.direction as string | undefined;
  return (
    <Tabs
      value={current === 'in' || current === 'out' ? current : false}
      onChange={(_event, value: MessageDirection) => setFilters({ ...filterValues, direction: value }, displayedFilters)}
      aria-label={translate('resources.messages.fields.direction')}
      sx={{ borderBottom: 1, borderColor: 'divider', px: 1, minHeight: 40, '& .MuiTab-root': { minHeight: 40, textTransform: 'none' } }}
    >
      {DIRECTIONS.map((direction) => (
        <Tab key={direction} value={direction} label={<TabLabel direction={direction} label={translate(`resources.messages.tabs.${direction}`)} />} />
      ))}
    </Tabs>
  );
};

const Empty = () => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const { direction, ...others } = filterValues ?? {};
  const filtered = Object.values(others).some((v) => v !== undefined && v !== '');
  const text = filtered
    ? translate('ra.navigation.no_filtered_results', { name: translate('resources.messages.name', { smart_count: 2 }).toLowerCase() })
    : translate(direction === 'in' ? 'resources.messages.empty.in' : 'resources.messages.empty.out');
  return (
    <Box sx={{ p: 3, textAlign: 'center' }}>
      <Typography color="text.secondary">{text}</Typography>
    </Box>
  );
};

const SentAtField = (props: FieldProps) => <LocalDateField {...props} source="sentAt" showTime />;

/** To whom (outbox) or from whom (inbox): the name, then the address. */
const Correspondent = ({ message }: { message: Message }) => {
  const translate = useTranslate();
  const name = message.direction === 'in' ? null : message.toName;
  const address = message.direction === 'in' ? message.fromAddress : message.toAddress;
  if (!name && !address) return <>{translate('app.common.none')}</>;
  return (
    <Box>
      {name ? (
        <Typography component="div" variant="body2" sx={{ fontWeight: 600 }}>
          {name}
        </Typography>
      ) : null}
      {address ? (
        <Typography component="div" variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {address}
        </Typography>
      ) : null}
    </Box>
  );
};

/** The subject as a link to the message (the row is clickable too, but a link is reachable at the keyboard). */
const SubjectLink = ({ message }: { message: Message }) => {
  const createPath = useCreatePath();
  return (
    <MuiLink
      component={LinkBase}
      to={createPath({ resource: 'messages', id: message.id, type: 'show' })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
      underline="hover"
      sx={{ fontWeight: 600 }}
    >
      {message.subject}
    </MuiLink>
  );
};

const AttachmentCount = ({ message }: { message: Message }) => {
  const translate = useTranslate();
  const count = message.attachments?.length ?? 0;
  if (count === 0) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
      <AttachFileIcon fontSize="small" aria-hidden color="action" />
      <span aria-hidden>{count}</span>
      <Box component="span" sx={visuallyHidden}>
        {translate('app.documents.sends.attachments', { smart_count: count })}
      </Box>
    </Box>
  );
};

const MessageTable = () => {
  const { filterValues } = useListContext();
  const inbox = filterValues?.direction === 'in';
  return (
    <DataTable rowClick="show" bulkActionButtons={false} empty={<Empty />}>
      <DataTable.Col source="sentAt" field={SentAtField} />
      <DataTable.Col
        source="toName"
        label={inbox ? 'resources.messages.fields.fromAddress' : 'resources.messages.fields.recipient'}
        disableSort
        cellSx={() => ({ minWidth: 220 })}
        render={(m: Message) => <Correspondent message={m} />}
      />
      <DataTable.Col source="subject" cellSx={() => ({ minWidth: 240 })} render={(m: Message) => <SubjectLink message={m} />} />
      <DataTable.Col source="channel" render={(m: Message) => <ChannelChip channel={m.channel} />} />
      <DataTable.Col source="relatedNumber" disableSort render={(m: Message) => <RelatedDocumentLink message={m} stacked />} />
      <DataTable.Col source="attachments" disableSort align="center" render={(m: Message) => <AttachmentCount message={m} />} />
    </DataTable>
  );
};

export const MessageList = () => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 2, mb: 1, maxWidth: 900 }}>
        {translate('resources.messages.intro')}
      </Typography>
      <List
        title={translate('resources.messages.titles.list')}
        filters={filters}
        filterDefaultValues={{ direction: 'out' }}
        actions={
          <TopToolbar>
            <FilterButton />
          </TopToolbar>
        }
        sort={{ field: 'sentAt', order: 'DESC' }}
        perPage={25}
        exporter={false}
        empty={false}
      >
        <DirectionTabs />
        <MessageTable />
      </List>
    </Box>
  );
};
