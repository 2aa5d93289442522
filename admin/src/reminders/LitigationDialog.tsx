import { useLocale, useTranslate } from 'react-admin';
import { formatMoney } from '../shared/format';
import { ReasonDialog } from '../shared/ReasonDialog';
import type { WorklistRow } from './types';

/**
 * "Contentieux": the file goes to litigation. The client is blocked (no new order), the manager is
 * alerted by a message; the reason is mandatory.
 */
export const LitigationDialog = ({ row, onClose }: { row: WorklistRow; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.reminders.litigation.${key}`, options);
  return (
    <ReasonDialog
      onClose={onClose}
      id="litigation"
      title={t('title', { client: row.clientName })}
      intro={t('intro', { total: formatMoney(row.totalBalanceCents, locale), smart_count: row.invoices.length })}
      warning={t('consequences')}
      label={t('reason')}
      helperText={t('reasonHelp')}
      submitLabel={t('submit')}
      minRows={3}
      call={(dataProvider, reason) => dataProvider.postSandboxJson(`third-parties/${encodeURIComponent(row.clientId)}/litigation`, { reason })}
      success="resources.reminders.litigation.done"
    />
  );
};
