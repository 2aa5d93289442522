import { useRef } from 'react';
import { Box, FormHelperText } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Create,
  DateTimeInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxLength,
  minValue,
  required,
  useInput,
  useNotify,
  useNavigate,
  useTranslate,
} from 'react-admin';
import type { ExamSession } from '../types';
import { FormSection, FullRow } from '../shared/FormSection';
import { SESSION_MODES, enumChoices } from '../shared/choices';
import { examApi } from './examApi';
import { CsvFileField, importErrorsOf } from './ImportCandidates';

const nextHour = () => {
  const date = new Date();
  date.setMinutes(0, 0, 0);
  date.setHours(date.getHours() + 1);
  return date.toISOString();
};

interface SessionForm {
  name: string;
  scenarioId: string;
  mode: 'exam' | 'training';
  anonymous?: boolean;
  lockAtEnd?: boolean;
  startsAt: string | Date;
  durationMinutes: number;
  candidatesSource: 'manual' | 'csv';
  candidatesCsv?: { text: string; name: string } | null;
  candidates: { name: string; candidateNumber: string; extraMinutes?: number | null }[];
}

/** The CSV chosen for the candidates, kept in the form (validated as required when that source is chosen). */
const CsvInput = () => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({
    source: 'candidatesCsv',
    validate: (value: unknown, all: Record<string, unknown>) =>
      all.candidatesSource === 'csv' && !(value as { text?: string } | null)?.text ? 'resources.sessions.import.required' : undefined,
  });
  const value = field.value as { text: string; name: string } | null | undefined;
  return (
    <Box sx={{ my: 1 }}>
      <CsvFileField fileName={value?.name} onText={(text, name) => field.onChange({ text, name })} />
      {fieldState.error?.message ? (
        <FormHelperText error role="alert">
          {translate(fieldState.error.message, { _: fieldState.error.message })}
        </FormHelperText>
      ) : null}
    </Box>
  );
};

export const SessionCreate = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const notify = useNotify();
  // The CSV to import once the session exists (the import route needs the session's id).
  const csv = useRef<string | null>(null);

  const transform = (data: SessionForm) => {
    const fromCsv = data.candidatesSource === 'csv';
    csv.current = fromCsv ? (data.candidatesCsv?.text ?? null) : null;
    return {
      name: data.name,
      scenarioId: data.scenarioId,
      mode: data.mode,
      anonymous: !!data.anonymous,
      lockAtEnd: data.mode === 'exam' ? true : !!data.lockAtEnd,
      startsAt: new Date(data.startsAt).toISOString(),
      durationMinutes: Number(data.durationMinutes),
      candidates: fromCsv
        ? []
        : (data.candidates ?? []).map((c) => ({
            name: c.name?.trim(),
            candidateNumber: c.candidateNumber?.trim(),
            extraMinutes: Number(c.extraMinutes ?? 0) || 0,
          })),
    };
  };

  const onSuccess = async (session: ExamSession) => {
    const text = csv.current;
    if (!text) {
      // The passwords come back once: hand them to the credentials page in router state, never stored.
      navigate('/session-credentials', { state: { session } });
      return;
    }
    try {
      const created = await examApi.importCsv(session.id, text);
      navigate('/session-credentials', { state: { session: { ...session, candidates: created }, imported: true } });
    } catch (error) {
      // The session exists without candidates: its page opens the import with the rows in error.
      const rows = importErrorsOf(error);
      notify(rows ? 'resources.sessions.import.refusedAfterCreate' : 'resources.sessions.import.failedAfterCreate', { type: 'warning' });
      navigate(`/sessions/${session.id}/show`, { state: { importErrors: rows ? error : null } });
    }
  };

  const onError = (error: { message?: string; body?: { errors?: Record<string, unknown> } }) => {
    // A server that requires at least one typed candidate at creation refuses an empty list: say what to do.
    if (csv.current && typeof error.body?.errors?.candidates === 'string') {
      notify('resources.sessions.import.needsTypedCandidate', { type: 'warning', autoHideDuration: 15_000 });
      return;
    }
    notify(error.message || 'ra.notification.http_error', { type: 'error' });
  };

  return (
    <Create<ExamSession>
      title={translate('resources.sessions.titles.create')}
      transform={transform as never}
      mutationOptions={{ onSuccess: onSuccess as never, onError: onError as never }}
    >
      <SimpleForm
        defaultValues={{
          mode: 'training',
          anonymous: false,
          lockAtEnd: false,
          durationMinutes: 180,
          startsAt: nextHour(),
          candidatesSource: 'manual',
          candidatesCsv: null,
          candidates: [{ name: '', candidateNumber: '', extraMinutes: 0 }],
        }}
      >
        <Box sx={{ width: '100%', maxWidth: 1000 }}>
          <FormSection title="resources.sessions.titles.create">
            <TextInput source="name" validate={[required(), maxLength(120)]} />
            <ReferenceInput source="scenarioId" reference="scenarios" sort={{ field: 'title', order: 'ASC' }}>
              <SelectInput optionText="title" validate={required()} />
            </ReferenceInput>
            <RadioButtonGroupInput
              source="mode"
              choices={enumChoices('sessionMode', SESSION_MODES)}
              validate={required()}
              row
              helperText="resources.sessions.helpers.mode"
            />
            <Box>
              <BooleanInput source="anonymous" label="resources.sessions.anonymous.label" helperText="resources.sessions.anonymous.help" />
              <FormDataConsumer<SessionForm>>
                {({ formData }) =>
                  formData.mode === 'training' ? (
                    <BooleanInput source="lockAtEnd" label="resources.sessions.lockAtEnd.label" helperText="resources.sessions.lockAtEnd.help" />
                  ) : null
                }
              </FormDataConsumer>
            </Box>
            <DateTimeInput source="startsAt" validate={required()} helperText="resources.sessions.helpers.startsAt" />
            <NumberInput source="durationMinutes" min={1} step={1} validate={[required(), minValue(1, 'app.validation.positive')]} />
          </FormSection>
          <FormSection title="resources.sessions.fields.candidates" columns={1} intro={null}>
            <RadioButtonGroupInput
              source="candidatesSource"
              label="resources.sessions.import.source"
              choices={[
                { id: 'manual', name: 'resources.sessions.import.manual' },
                { id: 'csv', name: 'resources.sessions.import.csv' },
              ]}
              row
              helperText={false}
            />
            <FormDataConsumer<SessionForm>>
              {({ formData }) =>
                formData.candidatesSource === 'csv' ? (
                  <FullRow>
                    <CsvInput />
                  </FullRow>
                ) : (
                  <FullRow>
                    <ArrayInput source="candidates" label={false} helperText="resources.sessions.helpers.candidates">
                      <SimpleFormIterator inline disableReordering>
                        <TextInput source="name" label="resources.sessions.candidate.name" validate={required()} sx={{ minWidth: 260 }} />
                        <TextInput
                          source="candidateNumber"
                          label="resources.sessions.candidate.candidateNumber"
                          validate={required()}
                          sx={{ minWidth: 160 }}
                        />
                        <NumberInput
                          source="extraMinutes"
                          label="resources.sessions.candidate.extraMinutes"
                          helperText="resources.sessions.helpers.extraMinutes"
                          min={0}
                          step={1}
                          validate={minValue(0, 'app.validation.positive')}
                          sx={{ minWidth: 220 }}
                        />
                      </SimpleFormIterator>
                    </ArrayInput>
                  </FullRow>
                )
              }
            </FormDataConsumer>
          </FormSection>
        </Box>
      </SimpleForm>
    </Create>
  );
};
