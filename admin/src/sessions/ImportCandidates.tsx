import { useEffect, useId, useRef, useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { HttpError, useNavigate, useTranslate, type Identifier } from 'react-admin';
import type { ExamSession } from '../types';
import { examApi } from './examApi';
import type { ImportRowErrors } from './examTypes';
import { saveBlob } from '../shared/PdfButtons';
import { errorText, flattenErrors } from '../shared/serverErrors';

const I = 'resources.sessions.import';

export const CSV_COLUMNS = 'name;candidateNumber;extraMinutes;anonymousCode';

/** A CSV saved by Excel is often Windows-1252: read UTF-8 when it is valid, else Windows-1252; drop the BOM. */
export const readCsvFile = async (file: File): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
};

export const downloadCsvTemplate = () =>
  saveBlob(
    new Blob([`${CSV_COLUMNS}\nCamille Martin;2026-001;0;\nLucas Bernard;2026-002;30;\n`], { type: 'text/csv;charset=utf-8' }),
    'candidats-modele.csv',
  );

/** Row errors of a 422: `{ rows: { "3": { candidateNumber: key } } }`; other keys are file-level errors. */
export const importErrorsOf = (error: unknown): { rows: ImportRowErrors; file: Array<[string, string]> } | null => {
  if (!(error instanceof HttpError) || error.status !== 422) return null;
  const errors = ((error.body ?? {}) as { errors?: Record<string, unknown> }).errors ?? {};
  const { rows, ...rest } = errors as { rows?: ImportRowErrors };
  return { rows: rows ?? {}, file: flattenErrors(rest) };
};

/** Per-row errors of a refused import, with the file's line numbers: nothing was created. */
export const ImportErrorsTable = ({ errors }: { errors: { rows: ImportRowErrors; file: Array<[string, string]> } }) => {
  const translate = useTranslate();
  const lines = Object.entries(errors.rows).sort(([a], [b]) => Number(a) - Number(b));
  const field = (name: string) =>
    translate(name === 'anonymousCode' ? 'resources.sessions.anonymous.code' : `resources.sessions.candidate.${name}`, { _: name });
  return (
    <Alert severity="error" role="alert" sx={{ mt: 2, '& .MuiAlert-message': { width: '100%' } }} data-testid="import-errors">
      <AlertTitle>{translate(`${I}.refused`)}</AlertTitle>
      {errors.file.map(([key, message]) => (
        <Typography key={key} variant="body2">
          {translate(message, { _: message })}
        </Typography>
      ))}
      {lines.length > 0 ? (
        <Table size="small" aria-label={translate(`${I}.errorsTable`)} sx={{ mt: 1, bgcolor: 'background.paper' }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate(`${I}.line`)}</TableCell>
              <TableCell>{translate(`${I}.field`)}</TableCell>
              <TableCell>{translate(`${I}.error`)}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.flatMap(([line, fields]) =>
              Object.entries(typeof fields === 'object' && fields ? fields : { line: String(fields) }).map(([name, key]) => (
                <TableRow key={`${line}-${name}`} data-testid="import-error-row">
                  <TableCell sx={{ fontFamily: 'monospace' }}>{line}</TableCell>
                  <TableCell>{field(name)}</TableCell>
                  <TableCell>{translate(String(key), { _: String(key) })}</TableCell>
                </TableRow>
              )),
            )}
          </TableBody>
        </Table>
      ) : null}
    </Alert>
  );
};

/** The file chooser with the expected columns and a template to download. */
export const CsvFileField = ({ onText, fileName }: { onText: (text: string, name: string) => void; fileName?: string | null }) => {
  const translate = useTranslate();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <input
          ref={input}
          id={id}
          type="file"
          accept=".csv,text/csv,text/plain"
          data-testid="csv-file"
          tabIndex={-1}
          aria-label={translate(`${I}.choose`)}
          style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
          onChange={async (e) => {
            const target = e.target;
            const file = target.files?.[0];
            if (file) onText(await readCsvFile(file), file.name);
            target.value = ''; // choosing the same file again (after fixing it) fires again
          }}
        />
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()}>
          {translate(`${I}.choose`)}
        </Button>
        <Typography variant="body2" color={fileName ? 'text.primary' : 'text.secondary'} aria-live="polite">
          {fileName ? translate(`${I}.chosen`, { name: fileName }) : translate(`${I}.noFile`)}
        </Typography>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate(`${I}.help`)}{' '}
        <Box component="code" sx={{ fontFamily: 'monospace' }}>
          {CSV_COLUMNS}
        </Box>
        .{' '}
        <Link component="button" type="button" variant="body2" onClick={downloadCsvTemplate}>
          {translate(`${I}.template`)}
        </Link>
      </Typography>
    </Box>
  );
};

/**
 * "Importer des candidats (CSV)": POST …/candidates/import; on success the credentials page (passwords
 * shown once, login cards); on a 422 the rows in error with their line numbers, nothing created.
 */
export const ImportCandidatesButton = ({
  session,
  initialErrors,
}: {
  session: ExamSession;
  /** Errors of an import made right after the session's creation (SessionCreate). */
  initialErrors?: unknown;
}) => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [csv, setCsv] = useState<{ text: string; name: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (initialErrors) {
      setError(initialErrors);
      setOpen(true);
    }
  }, [initialErrors]);

  const rowErrors = importErrorsOf(error);
  const submit = async () => {
    if (!csv) return;
    setPending(true);
    setError(null);
    try {
      const created = await examApi.importCsv(session.id as Identifier, csv.text);
      setOpen(false);
      navigate('/session-credentials', { state: { session: { ...session, candidates: created }, imported: true } });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setOpen(true)}>
        {translate(`${I}.button`)}
      </Button>
      <Dialog open={open} onClose={pending ? undefined : () => setOpen(false)} fullWidth maxWidth="md" aria-labelledby="import-title">
        <DialogTitle id="import-title">{translate(`${I}.title`, { name: session.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(`${I}.content`)}</DialogContentText>
          <CsvFileField
            fileName={csv?.name}
            onText={(text, name) => {
              setCsv({ text, name });
              setError(null);
            }}
          />
          {rowErrors ? (
            <ImportErrorsTable errors={rowErrors} />
          ) : error ? (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {errorText(error, translate)}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={pending}>
            {translate('app.common.cancel')}
          </Button>
          <Button variant="contained" onClick={submit} disabled={!csv || pending}>
            {translate(`${I}.submit`)}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
