import { DeleteWithConfirmButton, useRecordContext } from 'react-admin';
import { useCanWrite } from './useSandboxContext';

/** Deletes a draft document (validated ones are never deleted: the server refuses with 409). */
export const DeleteDraftButton = () => {
  const record = useRecordContext<{ status?: string }>();
  const canWrite = useCanWrite();
  if (!record || record.status !== 'draft' || !canWrite) return null;
  return (
    <DeleteWithConfirmButton
      mutationMode="pessimistic"
      label="app.documents.deleteDraft"
      confirmTitle="app.documents.deleteDraftTitle"
      confirmContent="app.documents.deleteDraftContent"
      successMessage="app.documents.deleted"
      size="small"
    />
  );
};
