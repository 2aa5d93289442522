import CategoryIcon from '@mui/icons-material/Category';
import { ProductFamilyList } from './ProductFamilyList';
import { ProductFamilyCreate } from './ProductFamilyCreate';
import { ProductFamilyEdit } from './ProductFamilyEdit';

export default {
  list: ProductFamilyList,
  create: ProductFamilyCreate,
  edit: ProductFamilyEdit,
  icon: CategoryIcon,
  recordRepresentation: 'name',
};
