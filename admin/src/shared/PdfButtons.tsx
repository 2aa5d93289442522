import { useState } from 'react';
import { Button } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import { errorText } from './serverErrors';
import type { SalesResource } from './documentKinds';

export const saveBlob = (blob: Blob, filename: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export type PdfFetcher = (dataProvider: ComptoirDataProvider) => Promise<{ blob: Blob; filename: string }>;

/**
 * Opens (new tab) or downloads a PDF fetched with the bearer token, so that a plain link is not
 * needed. Errors (e.g. the endpoint not installed yet) become a French notification.
 */
export const usePdfFile = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const [busy, setBusy] = useState<'preview' | 'download' | null>(null);

  const preview = async (fetcher: PdfFetcher) => {
    // Opened now, while the click still counts as a user gesture; filled when the PDF arrives.
    const tab = window.open('', '_blank');
    setBusy('preview');
    try {
      const { blob } = await fetcher(dataProvider);
      const url = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
      if (tab) tab.location.href = url;
      else notify('app.documents.pdf.popupBlocked', { type: 'warning' });
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      tab?.close();
      notify(errorText(error, translate), { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const download = async (fetcher: PdfFetcher) => {
    setBusy('download');
    try {
      const { blob, filename } = await fetcher(dataProvider);
      saveBlob(blob, filename);
      notify('app.documents.pdf.downloaded', { type: 'info', messageArgs: { filename } });
    } catch (error) {
      notify(errorText(error, translate), { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return { preview, download, busy };
};

/** "Aperçu PDF" (new tab) and "Télécharger le PDF" of the document on screen. */
export const PdfButtons = ({ resource }: { resource: SalesResource }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { preview, download, busy } = usePdfFile();
  if (!record) return null;
  const fetcher: PdfFetcher = (dataProvider) => dataProvider.fetchPdf(resource, record.id);

  return (
    <>
      <Button size="small" startIcon={<PictureAsPdfIcon />} onClick={() => preview(fetcher)} disabled={busy !== null}>
        {translate('app.documents.pdf.preview')}
      </Button>
      <Button size="small" startIcon={<DownloadIcon />} onClick={() => download(fetcher)} disabled={busy !== null}>
        {translate('app.documents.pdf.download')}
      </Button>
    </>
  );
};
