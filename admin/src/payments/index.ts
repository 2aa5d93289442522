import PaymentsIcon from '@mui/icons-material/Payments';
import { PaymentList } from './PaymentList';
import { PaymentShow } from './PaymentShow';
import { PaymentCreate } from './PaymentCreate';

export default {
  list: PaymentList,
  show: PaymentShow,
  create: PaymentCreate,
  icon: PaymentsIcon,
  recordRepresentation: (record: { date?: string; clientName?: string | null }) => `${record.clientName ?? ''} ${record.date ?? ''}`.trim(),
};
