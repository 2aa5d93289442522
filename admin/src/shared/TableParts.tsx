import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Collapse, IconButton, LinearProgress, Skeleton, Table, TableCell, TableRow, Typography, type SxProps, type Theme } from '@mui/material';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowRightIcon from '@mui/icons-material/KeyboardArrowRight';
import { useTranslate } from 'react-admin';
import { errorText } from './serverErrors';
import { visuallyHidden } from './visuallyHidden';

/**
 * A small table with its caption for screen readers, scrolling sideways when the screen is too
 * narrow. With `captionId`, the caption also names the table (aria-labelledby).
 */
export const CaptionedTable = ({ caption, captionId, children }: { caption: ReactNode; captionId?: string; children: ReactNode }) => (
  <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
    <Table size="small" aria-labelledby={captionId}>
      <Box component="caption" id={captionId} sx={visuallyHidden}>
        {caption}
      </Box>
      {children}
    </Table>
  </Box>
);

/** The keys of the rows shown open, and the toggle of one. */
export const useOpenRows = () => {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return { isOpen: (id: string) => open.has(id), toggle };
};

/** Header of the column of open / close buttons: a name for screen readers only. */
export const ToggleHeadCell = ({ label }: { label: string }) => (
  <TableCell padding="checkbox">
    <Box component="span" sx={visuallyHidden}>
      {label}
    </Box>
  </TableCell>
);

/** The button that opens the row's details (DetailsRow) under it, saying whether they are shown. */
export const ToggleCell = ({ open, controls, label, onToggle, sx }: { open: boolean; controls: string; label: string; onToggle: () => void; sx?: SxProps<Theme> }) => (
  <TableCell padding="checkbox" sx={sx}>
    <IconButton size="small" aria-expanded={open} aria-controls={controls} aria-label={label} onClick={onToggle}>
      {open ? <KeyboardArrowDownIcon /> : <KeyboardArrowRightIcon />}
    </IconButton>
  </TableCell>
);

/** The details of the row above, across the table, shown while `open`; `sx` adds to the layout of their box. */
export const DetailsRow = ({ open, colSpan, id, sx, children }: { open: boolean; colSpan: number; id: string; sx?: Record<string, string | number>; children: ReactNode }) => (
  <TableRow>
    <TableCell colSpan={colSpan} sx={{ py: 0, bgcolor: open ? '#f8fafc' : undefined }}>
      <Collapse in={open} timeout="auto" unmountOnExit>
        <Box id={id} sx={{ py: 1.5, pl: 5, ...sx }}>
          {children}
        </Box>
      </Collapse>
    </TableCell>
  </TableRow>
);

/** Three placeholder rows while the table loads. */
export const LoadingRows = ({ colSpan, height }: { colSpan: number; height: number }) => (
  <>
    {[0, 1, 2].map((i) => (
      <TableRow key={i}>
        <TableCell colSpan={colSpan}>
          <Skeleton variant="text" height={height} />
        </TableCell>
      </TableRow>
    ))}
  </>
);

/** The table has no row: why, and what to do (children) when there is something. */
export const EmptyRow = ({ colSpan, message, children }: { colSpan: number; message: string; children?: ReactNode }) => (
  <TableRow>
    <TableCell colSpan={colSpan} sx={{ py: 5, textAlign: 'center' }}>
      <Typography variant="h6" component="p" color="text.secondary" sx={{ fontWeight: 500 }}>
        {message}
      </Typography>
      {children}
    </TableCell>
  </TableRow>
);

/** A thin bar over the table while it reloads; the same height when idle, so that nothing moves. */
export const ReloadBar = ({ active }: { active: boolean }) => {
  const translate = useTranslate();
  return active ? <LinearProgress aria-label={translate('ra.page.loading')} sx={{ height: 2 }} /> : <Box sx={{ height: 2 }} />;
};

/** The data could not be loaded: the server's message and "Actualiser". */
export const LoadErrorAlert = ({ error, onRetry }: { error: unknown; onRetry: () => void }) => {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {translate('ra.action.refresh')}
        </Button>
      }
    >
      {errorText(error, translate)}
    </Alert>
  );
};
