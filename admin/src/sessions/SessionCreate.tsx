import { Box } from '@mui/material';
import {
  ArrayInput,
  Create,
  DateTimeInput,
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
  useNavigate,
  useTranslate,
} from 'react-admin';
import type { ExamSession } from '../types';
import { FormSection, FullRow } from '../shared/FormSection';
import { SESSION_MODES, enumChoices } from '../shared/choices';

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
  startsAt: string | Date;
  durationMinutes: number;
  candidates: { name: string; candidateNumber: string; extraMinutes?: number | null }[];
}

const transform = (data: SessionForm) => ({
  ...data,
  startsAt: new Date(data.startsAt).toISOString(),
  durationMinutes: Number(data.durationMinutes),
  candidates: (data.candidates ?? []).map((c) => ({
    name: c.name?.trim(),
    candidateNumber: c.candidateNumber?.trim(),
    extraMinutes: Number(c.extraMinutes ?? 0) || 0,
  })),
});

export const SessionCreate = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  return (
    <Create<ExamSession>
      title={translate('resources.sessions.titles.create')}
      transform={transform as never}
      mutationOptions={{
        // The passwords come back once: hand them to the credentials page in router state, never stored.
        onSuccess: (session: ExamSession) => navigate('/session-credentials', { state: { session } }),
      }}
    >
      <SimpleForm
        defaultValues={{
          mode: 'training',
          durationMinutes: 180,
          startsAt: nextHour(),
          candidates: [{ name: '', candidateNumber: '', extraMinutes: 0 }],
        }}
      >
        <Box sx={{ width: '100%', maxWidth: 1000 }}>
          <FormSection title="resources.sessions.titles.create">
            <TextInput source="name" validate={[required(), maxLength(120)]} />
            <ReferenceInput source="scenarioId" reference="scenarios" sort={{ field: 'title', order: 'ASC' }}>
              <SelectInput optionText="title" validate={required()} />
            </ReferenceInput>
            <RadioButtonGroupInput source="mode" choices={enumChoices('sessionMode', SESSION_MODES)} validate={required()} row />
            <Box />
            <DateTimeInput source="startsAt" validate={required()} helperText="resources.sessions.helpers.startsAt" />
            <NumberInput source="durationMinutes" min={1} step={1} validate={[required(), minValue(1, 'app.validation.positive')]} />
          </FormSection>
          <FormSection title="resources.sessions.fields.candidates" columns={1} intro={null}>
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
          </FormSection>
        </Box>
      </SimpleForm>
    </Create>
  );
};
