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
import { centsToInput, parseEuros } from './format';

const INVALID = Number.NaN;

const moneyValidator: Validator = (value) =>
  typeof value === 'number' && Number.isNaN(value) ? 'app.validation.money' : undefined;
const positiveValidator: Validator = (value) =>
  typeof value === 'number' && value < 0 ? 'app.validation.positive' : undefined;

export interface MoneyInputProps extends Omit<InputProps, 'format' | 'parse'> {
  allowNegative?: boolean;
  fullWidth?: boolean;
  disabled?: boolean;
  className?: string;
  sx?: SxProps<Theme>;
}

/**
 * Amount typed in euros (French decimal comma accepted: "12,50", "1 234,5 €"), stored in cents.
 * The text the user types is kept as is while typing and tidied on blur.
 */
export const MoneyInput = ({
  allowNegative = false,
  validate,
  label,
  helperText,
  fullWidth = true,
  disabled,
  className,
  sx,
  ...props
}: MoneyInputProps) => {
  const locale = useLocale();
  const resource = useResourceContext(props);
  const validators = [
    ...(Array.isArray(validate) ? validate : validate ? [validate] : []),
    moneyValidator,
    ...(allowNegative ? [] : [positiveValidator]),
  ];
  const { field, fieldState, isRequired, id } = useInput({ ...props, validate: validators });
  const [text, setText] = useState(() => centsToInput(field.value, locale));
  const lastEmitted = useRef<unknown>(field.value);

  // Value changed from outside (record loaded, form reset, locale switched): show it.
  useEffect(() => {
    if (!Object.is(field.value, lastEmitted.current)) {
      lastEmitted.current = field.value;
      setText(centsToInput(field.value, locale));
    }
  }, [field.value, locale]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    const parsed = parseEuros(next);
    const value = parsed === undefined ? INVALID : parsed;
    lastEmitted.current = value;
    field.onChange(value);
  };

  const onBlur = () => {
    field.onBlur();
    if (typeof field.value === 'number' && Number.isFinite(field.value)) setText(centsToInput(field.value, locale));
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
      onBlur={onBlur}
      disabled={disabled}
      fullWidth={fullWidth}
      label={
        label === false ? undefined : (
          <FieldTitle label={label} source={props.source} resource={resource} isRequired={isRequired} />
        )
      }
      error={invalid}
      helperText={<InputHelperText error={invalid ? error?.message : undefined} helperText={helperText} />}
      slotProps={{
        input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
        htmlInput: { inputMode: 'decimal', autoComplete: 'off', style: { textAlign: 'right' } },
      }}
      className={className}
      sx={sx}
    />
  );
};
