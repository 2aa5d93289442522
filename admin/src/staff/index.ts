import GroupsIcon from '@mui/icons-material/Groups';
import { StaffList } from './StaffList';

export default {
  list: StaffList,
  icon: GroupsIcon,
  recordRepresentation: (record: { firstName?: string; lastName?: string }) => `${record.firstName} ${record.lastName}`,
};
