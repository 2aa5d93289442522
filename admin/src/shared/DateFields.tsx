import { Typography } from '@mui/material';
import { useLocale, useRecordContext, type FieldProps } from 'react-admin';
import { formatDate, formatDateTime } from './format';

/** A date in the UI's locale (fr-FR by default): 16/03/2026. */
export const LocalDateField = ({ source, showTime = false }: FieldProps & { showTime?: boolean }) => {
  const record = useRecordContext();
  const locale = useLocale();
  const value = record?.[source as string] as string | null | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {showTime ? formatDateTime(value, locale) : formatDate(value, locale)}
    </Typography>
  );
};
