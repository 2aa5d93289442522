export { AgedBalancePage } from './AgedBalancePage';
