import { useRecordContext } from 'react-admin';
import { StatusChip } from './EnumField';
import { DOCUMENT_KINDS, type SalesResource } from './documentKinds';

/** The status chip of a sales document (quotes use displayStatus, which adds "expired"). */
export const DocumentStatusChip = ({ resource, status }: { resource: SalesResource; status: string | null | undefined }) => {
  const kind = DOCUMENT_KINDS[resource];
  return <StatusChip enumName={kind.statusEnum} value={status} colors={kind.colors} />;
};

/** The chip read from the record in context. */
export const DocumentStatusField = ({ resource }: { resource: SalesResource; label?: string; source?: string }) => {
  const record = useRecordContext<{ status?: string; displayStatus?: string }>();
  if (!record) return null;
  return <DocumentStatusChip resource={resource} status={record.displayStatus ?? record.status} />;
};
