import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { PaymentPlanList } from './PaymentPlanList';
import { PaymentPlanShow } from './PaymentPlanShow';
import { PaymentPlanCreate } from './PaymentPlanCreate';

/** Échéanciers: payment plans agreed with clients, followed against the payments received. */
export default {
  list: PaymentPlanList,
  show: PaymentPlanShow,
  create: PaymentPlanCreate,
  icon: EventRepeatIcon,
  recordRepresentation: (record: { clientName?: string | null }) => `Échéancier — ${record.clientName ?? ''}`,
};
