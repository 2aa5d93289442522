import MenuBookIcon from '@mui/icons-material/MenuBook';
import { ScenarioList } from './ScenarioList';

export default {
  list: ScenarioList,
  icon: MenuBookIcon,
  recordRepresentation: 'title',
};
