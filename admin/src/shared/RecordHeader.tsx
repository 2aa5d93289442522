import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** The page heading of a show view: the record's name as h1, its code and status chips. */
export const RecordHeader = ({ title, code, chips }: { title: ReactNode; code?: ReactNode; chips?: ReactNode }) => (
  <Box sx={{ px: 2, pt: 2, pb: 1, display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5 }}>
    <Typography component="h2" variant="h5" sx={{ fontWeight: 600 }}>
      {title}
    </Typography>
    {code ? (
      <Typography component="span" variant="body1" color="text.secondary" sx={{ fontFamily: 'monospace', fontSize: '1rem' }}>
        {code}
      </Typography>
    ) : null}
    {chips}
  </Box>
);
