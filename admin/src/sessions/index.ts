import EventNoteIcon from '@mui/icons-material/EventNote';
import { SessionList } from './SessionList';
import { SessionShow } from './SessionShow';
import { SessionCreate } from './SessionCreate';

export { SessionCredentials } from './SessionCredentials';

export default {
  list: SessionList,
  show: SessionShow,
  create: SessionCreate,
  icon: EventNoteIcon,
  recordRepresentation: 'name',
};
