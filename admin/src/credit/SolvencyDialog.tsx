import { useState } from 'react';
import { Alert, Box, Button, DialogContentText, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField } from '@mui/material';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { ClientCredit, ClientCreditUpdate, RiskStatus } from '../types';
import { FormDialog, useFormErrors } from '../shared/FormDialog';
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
  const { errors, formError, reset, fail } = useFormErrors<(typeof FIELDS)[number]>();
  const { mutate, isPending } = useMutation({
    mutationFn: async (payload: ClientCreditUpdate) => (await dataProvider.updateClientCredit(clientId, payload)).data,
    onSuccess: (data) => {
      queryClient.setQueryData(clientCreditKey(clientId), data);
      notify('app.credit.solvency.saved', { type: 'success' });
      setOpen(false);
      refresh();
    },
    onError: (error) => fail(error, FIELDS),
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
    reset();
    setOpen(true);
  };
  const submit = () => {
    reset();
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
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={submit}
        pending={isPending}
        titleId="solvency-title"
        title={t('dialogTitle')}
        submitLabel={translate('app.common.save')}
        formError={formError}
      >
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
      </FormDialog>
    </>
  );
};
