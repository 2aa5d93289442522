import { useEffect, useRef, useState } from 'react';
import { Autocomplete, Box, CircularProgress, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  FieldTitle,
  InputHelperText,
  ReferenceInput,
  SelectInput,
  required,
  useDataProvider,
  useGetOne,
  useInput,
  useResourceContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Contact, ThirdParty } from '../types';

const useDebounced = <T,>(value: T, delay = 250): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
};

const clientLabel = (t: ThirdParty | null | undefined) => (t ? `${t.name} (${t.code})` : '');

/**
 * The document's client, picked by name or code. Choosing it fills nothing here: the server applies
 * the client's terms (payment, VAT treatment, language) when the document is saved.
 * Quotes may also go to prospects.
 */
export const ClientInput = ({
  source = 'clientId',
  allowProspects = false,
  disabled = false,
  helperText = 'app.documents.client.helper',
}: {
  source?: string;
  allowProspects?: boolean;
  disabled?: boolean;
  helperText?: string | false;
}) => {
  const translate = useTranslate();
  const resource = useResourceContext();
  const dataProvider = useDataProvider();
  const { field, fieldState, id, isRequired } = useInput({ source, validate: required() });
  const [text, setText] = useState('');
  const search = useDebounced(text.trim());
  const { data: selected } = useGetOne<ThirdParty>('third-parties', { id: field.value as Identifier }, { enabled: field.value != null && field.value !== '' });
  const { data: options = [], isFetching } = useQuery({
    queryKey: ['document-client-search', search, allowProspects],
    queryFn: async ({ signal }) => {
      const roles = allowProspects ? ['client', 'prospect'] : ['client'];
      const pages = await Promise.all(
        roles.map((role) =>
          dataProvider.getList<ThirdParty>('third-parties', {
            filter: search ? { q: search, role } : { role },
            pagination: { page: 1, perPage: 25 },
            sort: { field: 'name', order: 'ASC' },
            signal,
          }),
        ),
      );
      const seen = new Set<string>();
      return pages
        .flatMap((p) => p.data)
        .filter((t) => (seen.has(String(t.id)) ? false : (seen.add(String(t.id)), true)))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    },
    staleTime: 30_000,
  });
  const value = selected && String(selected.id) === String(field.value) ? selected : null;
  const error = fieldState.error;
  const invalid = !!error && (fieldState.isTouched || fieldState.invalid);
  return (
    <Autocomplete<ThirdParty>
      id={id}
      value={value}
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      filterOptions={(x) => x}
      getOptionLabel={clientLabel}
      isOptionEqualToValue={(a, b) => String(a.id) === String(b.id)}
      onChange={(_event, next) => field.onChange(next ? next.id : null)}
      onInputChange={(_event, next, reason) => {
        if (reason === 'input' || reason === 'clear') setText(next);
      }}
      onBlur={field.onBlur}
      autoHighlight
      disabled={disabled}
      loading={isFetching}
      loadingText={translate('app.documents.client.loading')}
      noOptionsText={translate('app.documents.client.noOptions')}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props}>
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {option.name}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {option.code} · {option.billingPostcode} {option.billingCity}
              {!option.isClient && option.isProspect ? ` · ${translate('app.documents.client.prospect')}` : ''}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          name={field.name}
          inputRef={field.ref}
          label={<FieldTitle label="app.documents.sections.client" source={source} resource={resource} isRequired={isRequired} />}
          placeholder={translate('app.documents.client.placeholder')}
          error={invalid}
          helperText={<InputHelperText error={invalid ? error?.message : undefined} helperText={helperText} />}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              endAdornment: (
                <>
                  {isFetching ? <CircularProgress color="inherit" size={16} /> : null}
                  {params.slotProps.input.endAdornment}
                </>
              ),
            },
          }}
        />
      )}
    />
  );
};

/** The contact at the chosen client; emptied when the client changes. */
export const ContactInput = ({ source = 'contactId', clientSource = 'clientId' }: { source?: string; clientSource?: string }) => {
  const translate = useTranslate();
  const clientId = useWatch({ name: clientSource }) as Identifier | null | undefined;
  const { setValue } = useFormContext();
  const previous = useRef(clientId);
  useEffect(() => {
    if (previous.current !== undefined && previous.current !== clientId) setValue(source, null, { shouldDirty: true });
    previous.current = clientId;
  }, [clientId, setValue, source]);
  return (
    <ReferenceInput
      source={source}
      reference="contacts"
      filter={clientId ? { thirdPartyId: clientId } : { thirdPartyId: -1 }}
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={100}
    >
      <SelectInput
        optionText={(c: Contact) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ') + (c.jobTitle ? ` — ${c.jobTitle}` : '')}
        emptyText={translate(clientId ? 'app.documents.contact.none' : 'app.documents.contact.chooseClient')}
        disabled={!clientId}
        helperText={false}
      />
    </ReferenceInput>
  );
};
