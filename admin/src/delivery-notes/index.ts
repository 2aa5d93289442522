import LocalShippingOutlinedIcon from '@mui/icons-material/LocalShippingOutlined';
import { DeliveryNoteList } from './DeliveryNoteList';
import { DeliveryNoteShow } from './DeliveryNoteShow';

export default {
  list: DeliveryNoteList,
  show: DeliveryNoteShow,
  icon: LocalShippingOutlinedIcon,
  recordRepresentation: (record: { number?: string | null }) => record.number ?? 'Brouillon',
};
