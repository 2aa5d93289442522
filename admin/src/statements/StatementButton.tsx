import DescriptionIcon from '@mui/icons-material/Description';
import { Button, LinkBase, useRecordContext } from 'react-admin';
import type { ThirdParty } from '../types';

/** "Relevé de compte" on a client's card: opens the statement screen on this client. */
export const StatementButton = () => {
  const record = useRecordContext<ThirdParty>();
  if (!record?.isClient) return null;
  return (
    <Button component={LinkBase} to={`/statements?clientId=${encodeURIComponent(String(record.id))}`} label="app.statements.button">
      <DescriptionIcon />
    </Button>
  );
};
