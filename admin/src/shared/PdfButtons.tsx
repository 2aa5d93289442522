import { useState } from 'react';
import { Button } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import { errorText } from './serverErrors';
import type { SalesResource } from './documentKinds';

const saveBlob = (blob: Blob, filename: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * "Aperçu PDF" (new tab) and "Télécharger le PDF": the PDF is fetched with the bearer token, so a
 * plain link would not do. Errors (e.g. the endpoint not installed yet) become a French notification.
 */
export const PdfButtons = ({ resource }: { resource: SalesResource }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const [busy, setBusy] = useState<'preview' | 'download' | null>(null);
  if (!record) return null;

  const preview = async () => {
    // Opened now, while the click still counts as a user gesture; filled when the PDF arrives.
    const tab = window.open('', '_blank');
    setBusy('preview');
    try {
      const { blob } = await dataProvider.fetchPdf(resource, record.id);
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

  const download = async () => {
    setBusy('download');
    try {
      const { blob, filename } = await dataProvider.fetchPdf(resource, record.id);
      saveBlob(blob, filename);
      notify('app.documents.pdf.downloaded', { type: 'info', messageArgs: { filename } });
    } catch (error) {
      notify(errorText(error, translate), { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Button size="small" startIcon={<PictureAsPdfIcon />} onClick={preview} disabled={busy !== null}>
        {translate('app.documents.pdf.preview')}
      </Button>
      <Button size="small" startIcon={<DownloadIcon />} onClick={download} disabled={busy !== null}>
        {translate('app.documents.pdf.download')}
      </Button>
    </>
  );
};
