import StorefrontIcon from '@mui/icons-material/Storefront';
import { ThirdPartyList } from './ThirdPartyList';
import { ThirdPartyShow } from './ThirdPartyShow';
import { ThirdPartyCreate } from './ThirdPartyCreate';
import { ThirdPartyEdit } from './ThirdPartyEdit';

export default {
  list: ThirdPartyList,
  show: ThirdPartyShow,
  create: ThirdPartyCreate,
  edit: ThirdPartyEdit,
  icon: StorefrontIcon,
  recordRepresentation: 'name',
};
