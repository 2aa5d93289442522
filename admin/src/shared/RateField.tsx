import { Typography } from '@mui/material';
import { useLocale, useRecordContext, type FieldProps } from 'react-admin';
import { formatRate } from './format';

/** Basis points → "20 %", "5,5 %". */
export const RateField = ({ source }: FieldProps) => {
  const record = useRecordContext();
  const locale = useLocale();
  const value = record?.[source as string] as number | null | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatRate(value, locale)}
    </Typography>
  );
};
