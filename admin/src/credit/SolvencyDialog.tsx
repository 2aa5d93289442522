import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { HttpError, useDataProvider, useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { ClientCredit, ClientCreditUpdate, RiskStatus } from '../types';
import { DialogFormActions } from '../shared/DialogFormActions';
import { errorAt, errorText } from '../shared/serverErrors';
import { useCanWrite, useSandboxContext } from '../shared/useSandboxContext';
import { clientCreditKey } from './useClientCredit';

const RISKS: RiskStatus[] = ['normal', 'watch', 'blocked'];
const FIELDS = ['riskStatus', 'solvencyCheckedOn', 'solvencySource', 'solvencyNote'] as const;

/** "Mettre à jour": risk status and the solvency check (date, source, note), PUT third-parties/:id/credit (journaled). */
export const SolvencyButton = ({ clientId, credit }: { clientId: Identifier; credit: ClientCredit }) => {
  const translate = useTranslate();
  const canWrite = useCanWrite();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const { data: context } = useSandboxContext();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ClientCreditUpdate>({ riskStatus: 'normal', solvencyCheckedOn: null, solvencySource: null, solvencyNote: null });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const { mutate, isPending } = useMutation({
    mutationFn: async (payload: ClientCreditUpdate) => (await dataProvider.updateClientCredit(clientId, payload)).data,
    onSuccess: (data) => {
      queryClient.setQueryData(clientCreditKey(clientId), data);
      notify('app.credit.solvency.saved', { type: 'success' });
      setOpen(false);
      refresh();
    },
    onError: (error) => {
      const body = error instanceof HttpError ? (error.body as { errors?: unknown }) : undefined;
      const next: Record<string, string> = {};
      for (const field of FIELDS) {
        const key = errorAt(body?.errors, field);
        if (key) next[field] = translate(key, { _: key });
      }
      setErrors(next);
      if (Object.keys(next).length === 0) setFormError(errorText(error, translate));
    },
  });
  if (!canWrite) return null;

  const start = () => {
    setValues({
      riskStatus: credit.riskStatus ?? 'normal',
      // A new check is usually made today: propose the scenario day.
      solvencyCheckedOn: context?.scenarioToday || credit.solvencyCheckedOn,
      solvencySource: credit.solvencySource,
      solvencyNote: credit.solvencyNote,
    });
    setErrors({});
    setFormError(null);
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    mutate({
      riskStatus: values.riskStatus,
      solvencyCheckedOn: values.solvencyCheckedOn || null,
      solvencySource: values.solvencySource?.trim() || null,
      solvencyNote: values.solvencyNote?.trim() || null,
    });
  };
  const t = (key: string) => translate(`app.credit.solvency.${key}`);
  const set = (field: keyof ClientCreditUpdate) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [field]: e.target.value }));

  return (
    <>
      <Button size="small" variant="outlined" startIcon={<EditNoteIcon />} onClick={start}>
        {t('update')}
      </Button>
      <Dialog open={open} onClose={() => (isPending ? undefined : setOpen(false))} fullWidth maxWidth="sm" aria-labelledby="solvency-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="solvency-title">{t('dialogTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{t('intro')}</DialogContentText>
            <FormControl component="fieldset" error={!!errors.riskStatus} sx={{ mb: 1 }}>
              <FormLabel component="legend">{translate('app.credit.fields.riskStatus')}</FormLabel>
              <RadioGroup row name="riskStatus" value={values.riskStatus} onChange={(e) => setValues((v) => ({ ...v, riskStatus: e.target.value as RiskStatus }))}>
                {RISKS.map((r) => (
                  <FormControlLabel
                    key={r}
                    value={r}
                    control={<Radio />}
                    disabled={!!credit.litigationSince && r !== 'blocked'}
                    label={translate(`app.enums.riskStatus.${r}`)}
                  />
                ))}
              </RadioGroup>
              {errors.riskStatus ? (
                <Box sx={{ color: 'error.main', fontSize: '0.75rem' }}>{errors.riskStatus}</Box>
              ) : credit.litigationSince ? (
                <Box sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>{translate('app.validation.client_in_litigation')}</Box>
              ) : null}
            </FormControl>
            {values.riskStatus === 'blocked' ? (
              <Alert severity="warning" sx={{ mb: 1 }}>
                {t('blockedWarning')}
              </Alert>
            ) : null}
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '180px 1fr' }, columnGap: 2 }}>
              <TextField
                id="solvency-checked-on"
                type="date"
                label={translate('app.credit.fields.solvencyCheckedOn')}
                value={values.solvencyCheckedOn ?? ''}
                onChange={set('solvencyCheckedOn')}
                error={!!errors.solvencyCheckedOn}
                helperText={errors.solvencyCheckedOn}
                slotProps={{ inputLabel: { shrink: true } }}
              />
              <TextField
                id="solvency-source"
                label={translate('app.credit.fields.solvencySource')}
                value={values.solvencySource ?? ''}
                onChange={set('solvencySource')}
                error={!!errors.solvencySource}
                helperText={errors.solvencySource ?? t('sourceHelp')}
                slotProps={{ htmlInput: { maxLength: 120 } }}
              />
            </Box>
            <TextField
              id="solvency-note"
              label={translate('app.credit.fields.solvencyNote')}
              value={values.solvencyNote ?? ''}
              onChange={set('solvencyNote')}
              error={!!errors.solvencyNote}
              helperText={errors.solvencyNote ?? t('noteHelp')}
              multiline
              minRows={3}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
            />
            {formError ? (
              <Alert severity="error" role="alert" sx={{ mt: 1 }}>
                {formError}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogFormActions onCancel={() => setOpen(false)} pending={isPending} submitLabel={translate('app.common.save')} />
        </form>
      </Dialog>
    </>
  );
};
