import SwapVertIcon from '@mui/icons-material/SwapVert';
import { StockMovementList } from './StockMovementList';

export default {
  list: StockMovementList,
  icon: SwapVertIcon,
};
