import { TextField } from '@mui/material';

/** A small quantity box for dialogs (French comma accepted); the caller parses the text. */
export const QuantityText = ({
  value,
  onChange,
  ariaLabel,
  error,
  name,
}: {
  value: string;
  onChange: (text: string) => void;
  ariaLabel: string;
  error?: string;
  name?: string;
}) => (
  <TextField
    name={name}
    value={value}
    onChange={(e) => onChange(e.target.value)}
    error={!!error}
    helperText={error}
    margin="none"
    size="small"
    sx={{ width: 100 }}
    slotProps={{
      htmlInput: { 'aria-label': ariaLabel, inputMode: 'decimal', autoComplete: 'off', style: { textAlign: 'right' } },
      formHelperText: { sx: { mx: 0 } },
    }}
  />
);
