export { StatementPage } from './StatementPage';
export { StatementButton } from './StatementButton';
