import { Typography } from '@mui/material';
import { useLocale, useRecordContext, type FieldProps } from 'react-admin';
import { formatQuantity } from './format';

export const QuantityField = ({ source, signed = false }: FieldProps & { signed?: boolean }) => {
  const record = useRecordContext();
  const locale = useLocale();
  const value = record?.[source as string] as number | null | undefined;
  return (
    <Typography
      component="span"
      variant="body2"
      sx={{
        whiteSpace: 'nowrap',
        fontVariantNumeric: 'tabular-nums',
        ...(signed && value != null && value < 0 ? { color: 'error.main' } : {}),
        ...(signed && value != null && value > 0 ? { color: 'success.main' } : {}),
      }}
    >
      {formatQuantity(value, locale, signed)}
    </Typography>
  );
};
