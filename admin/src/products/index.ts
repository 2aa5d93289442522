import Inventory2Icon from '@mui/icons-material/Inventory2';
import { ProductList } from './ProductList';
import { ProductShow } from './ProductShow';
import { ProductCreate } from './ProductCreate';
import { ProductEdit } from './ProductEdit';

export default {
  list: ProductList,
  show: ProductShow,
  create: ProductCreate,
  edit: ProductEdit,
  icon: Inventory2Icon,
  recordRepresentation: (record: { reference?: string; label?: string }) => `${record.reference} — ${record.label}`,
};
