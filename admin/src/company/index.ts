import BusinessIcon from '@mui/icons-material/Business';
import { CompanyShow } from './CompanyShow';
import { CompanyEdit } from './CompanyEdit';

/** A single record: GET/PUT /company (the dataProvider maps getOne/update; the route id is 1). */
export default {
  show: CompanyShow,
  edit: CompanyEdit,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
