import type { ReactNode } from 'react';
import { Alert, Box, Link as MuiLink, Typography } from '@mui/material';
import { LinkBase, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { SalesDocument } from '../types';
import { DocumentStatusChip } from './DocumentStatusChip';
import { formatDate, formatMoney } from './format';
import { RecordHeader } from './RecordHeader';
import type { SalesResource } from './documentKinds';

type AnyDocument = { id: string | number; number: string | null; status: string; displayStatus?: string; type?: string; clientId?: unknown; clientName?: string | null; grossCents?: number };

/** "Devis DEV-2026-0001", "Devis (brouillon)"; deposit invoices say so. */
export const useDocumentName = (resource: SalesResource, record: AnyDocument | undefined, kind: 'show' | 'edit' = 'show') => {
  const translate = useTranslate();
  if (!record) return '';
  const name = record.number ?? `(${translate('app.documents.draft').toLowerCase()})`;
  const key = resource === 'invoices' && record.type === 'deposit' && kind === 'show' ? 'showDeposit' : kind;
  return translate(`resources.${resource}.titles.${key}`, { name });
};

export const DocumentTitle = ({ resource, kind = 'show' }: { resource: SalesResource; kind?: 'show' | 'edit' }) => {
  const record = useRecordContext<AnyDocument>();
  return <>{useDocumentName(resource, record, kind)}</>;
};

/** The page heading of a document: its name, status chip, client (as a link) and total TTC. */
export const DocumentHeader = ({ resource, extra }: { resource: SalesResource; extra?: ReactNode }) => {
  const record = useRecordContext<AnyDocument>();
  const translate = useTranslate();
  const locale = useLocale();
  const title = useDocumentName(resource, record);
  if (!record) return null;
  return (
    <>
      <RecordHeader
        title={title}
        chips={
          <>
            <DocumentStatusChip resource={resource} status={record.displayStatus ?? record.status} />
            {extra}
            {record.clientId != null ? (
              <MuiLink component={LinkBase} to={`/third-parties/${record.clientId}/show`} underline="hover" sx={{ fontWeight: 600, ml: 1 }}>
                {record.clientName}
              </MuiLink>
            ) : null}
            {record.grossCents != null ? (
              <Typography component="span" sx={{ ml: 'auto', fontWeight: 700, fontSize: '1.1rem', fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(record.grossCents, locale)} {translate('app.documents.totals.grossShort')}
              </Typography>
            ) : null}
          </>
        }
      />
      {record.status === 'draft' ? (
        <Alert severity="info" sx={{ mx: 2, mb: 1, py: 0 }}>
          {translate('app.documents.draftNotice')}
        </Alert>
      ) : null}
    </>
  );
};

/** A caption and its value, for the information blocks of a document. */
export const Info = ({ caption, children, wide }: { caption: string; children: ReactNode; wide?: boolean }) => {
  const translate = useTranslate();
  const empty = children == null || children === '' || children === false;
  return (
    <Box sx={wide ? { gridColumn: { md: 'span 2' } } : undefined}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(caption)}
      </Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {empty ? '—' : children}
      </Typography>
    </Box>
  );
};

/** A titled grid of Info items. */
export const InfoBlock = ({ title, children, columns = 4 }: { title: string; children: ReactNode; columns?: number }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate(title)} sx={{ mb: 2 }}>
      <Typography component="h3" variant="subtitle1" sx={{ color: 'primary.dark', borderBottom: 1, borderColor: 'divider', pb: 0.5, mb: 1.5 }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: `repeat(${columns}, minmax(0, 1fr))` }, gap: 2 }}>{children}</Box>
    </Box>
  );
};

/** Date in the UI's locale, or nothing. */
export const useDateText = () => {
  const locale = useLocale();
  return (value: string | null | undefined) => (value ? formatDate(value, locale) : '');
};

/** Enum label, or nothing. */
export const useEnumText = () => {
  const translate = useTranslate();
  return (enumName: string, value: string | null | undefined) =>
    value ? translate(`app.enums.${enumName}.${value}`, { _: value }) : '';
};

export type { SalesDocument };
