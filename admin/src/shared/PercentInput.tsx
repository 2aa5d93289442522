import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { InputAdornment, TextField, type SxProps, type Theme } from '@mui/material';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useLocale,
  useResourceContext,
  type InputProps,
  type Validator,
} from 'react-admin';
import { bpToInput, parsePercentText } from './format';

const percentValidator: Validator = (value) =>
  typeof value === 'number' && Number.isNaN(value) ? 'app.validation.percent' : undefined;

export interface PercentInputProps extends Omit<InputProps, 'format' | 'parse'> {
  fullWidth?: boolean;
  disabled?: boolean;
  sx?: SxProps<Theme>;
}

/**
 * A rate typed in percent (French comma accepted: "7,5"), stored in basis points (750).
 * Like MoneyInput, the text is kept as typed and tidied on blur.
 */
export const PercentInput = ({ validate, label, helperText, fullWidth = true, disabled, sx, ...props }: PercentInputProps) => {
  const locale = useLocale();
  const resource = useResourceContext(props);
  const validators = [...(Array.isArray(validate) ? validate : validate ? [validate] : []), percentValidator];
  const { field, fieldState, isRequired, id } = useInput({ ...props, validate: validators });
  const [text, setText] = useState(() => bpToInput(field.value, locale));
  const lastEmitted = useRef<unknown>(field.value);

  useEffect(() => {
    if (!Object.is(field.value, lastEmitted.current)) {
      lastEmitted.current = field.value;
      setText(bpToInput(field.value, locale));
    }
  }, [field.value, locale]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    const parsed = parsePercentText(event.target.value);
    const value = parsed === undefined ? Number.NaN : parsed;
    lastEmitted.current = value;
    field.onChange(value);
  };

  const error = fieldState.error;
  const invalid = !!error && (fieldState.isTouched || fieldState.invalid);
  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={text}
      onChange={onChange}
      onBlur={() => {
        field.onBlur();
        if (typeof field.value === 'number' && Number.isFinite(field.value)) setText(bpToInput(field.value, locale));
      }}
      disabled={disabled}
      fullWidth={fullWidth}
      label={label === false ? undefined : <FieldTitle label={label} source={props.source} resource={resource} isRequired={isRequired} />}
      error={invalid}
      helperText={<InputHelperText error={invalid ? error?.message : undefined} helperText={helperText} />}
      slotProps={{
        input: { endAdornment: <InputAdornment position="end">%</InputAdornment> },
        htmlInput: { inputMode: 'decimal', autoComplete: 'off', style: { textAlign: 'right' } },
      }}
      sx={sx}
    />
  );
};
