import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import { OrderList } from './OrderList';
import { OrderShow } from './OrderShow';
import { OrderCreate } from './OrderCreate';
import { OrderEdit } from './OrderEdit';

export default {
  list: OrderList,
  show: OrderShow,
  create: OrderCreate,
  edit: OrderEdit,
  icon: ShoppingCartIcon,
  recordRepresentation: (record: { number?: string | null }) => record.number ?? 'Brouillon',
};
