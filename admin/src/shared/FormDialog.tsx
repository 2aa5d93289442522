import { useState, type ReactNode } from 'react';
import { Alert, Box, Dialog, DialogContent, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DialogFormActions } from './DialogFormActions';
import { serverFieldErrors } from './serverErrors';

/**
 * An action dialog around a form: title, fields, the refusal that belongs to no field (shown in the
 * dialog: a notification would cover its buttons), Cancel / submit. It cannot be closed while the
 * request runs. A flex column: the title and the buttons stay in view, only the content scrolls.
 */
export const FormDialog = ({
  open = true,
  onClose,
  onSubmit,
  pending,
  titleId,
  title,
  submitLabel,
  formError,
  children,
}: {
  open?: boolean;
  onClose: () => void;
  onSubmit: () => void;
  pending: boolean;
  titleId: string;
  title: ReactNode;
  submitLabel: string;
  formError: string | null;
  children: ReactNode;
}) => (
  <Dialog open={open} onClose={() => (pending ? undefined : onClose())} fullWidth maxWidth="sm" aria-labelledby={titleId}>
    <Box
      component="form"
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'hidden' }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {children}
        {formError ? (
          <Alert severity="error" role="alert" sx={{ mt: 2 }}>
            {formError}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogFormActions onCancel={onClose} pending={pending} submitLabel={submitLabel} />
    </Box>
  </Dialog>
);

/**
 * The errors of a dialog's form: one text per field, and `formError` for a refusal that belongs to
 * no field. `fail` shows a failed call: a 422's field errors under their fields (see
 * serverFieldErrors), anything else as `formError`.
 */
export const useFormErrors = <F extends string>() => {
  const translate = useTranslate();
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  return {
    errors,
    formError,
    /** Replaces the field errors (none by default) and hides the form's error: on opening, on sending. */
    reset: (next: Partial<Record<F, string>> = {}) => {
      setErrors(next);
      setFormError(null);
    },
    /** The field was edited: its error goes. */
    clear: (field: F) =>
      setErrors((current) => {
        if (!current[field]) return current;
        const { [field]: _removed, ...rest } = current;
        return rest as Partial<Record<F, string>>;
      }),
    fail: (error: unknown, fields: readonly F[] | Partial<Record<string, F>>) => {
      const { errors: next, formError: text } = serverFieldErrors(error, fields, translate);
      setErrors(next);
      setFormError(text);
    },
  };
};
