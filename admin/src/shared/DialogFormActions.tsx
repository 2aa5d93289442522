import { Button, DialogActions } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Cancel / submit at the foot of an action dialog's form; both disabled while the request runs. */
export const DialogFormActions = ({ onCancel, pending, submitLabel }: { onCancel: () => void; pending: boolean; submitLabel: string }) => {
  const translate = useTranslate();
  return (
    <DialogActions>
      <Button onClick={onCancel} disabled={pending}>
        {translate('app.common.cancel')}
      </Button>
      <Button type="submit" variant="contained" disabled={pending}>
        {submitLabel}
      </Button>
    </DialogActions>
  );
};
