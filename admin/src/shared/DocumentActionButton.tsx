import { useState, type ReactNode } from 'react';
import { Button, type ButtonProps } from '@mui/material';
import { Confirm, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { useCanWrite } from './useSandboxContext';
import { useDomainCall } from './useDocumentAction';
import type { SalesResource } from './documentKinds';

export interface DocumentActionButtonProps {
  resource: SalesResource;
  /** POST /<resource>/:id/<action>. */
  action: string;
  label: string;
  icon?: ReactNode;
  body?: unknown;
  /** Asks before doing it: for anything irreversible. */
  confirm?: { title: string; content: string; confirmLabel?: string };
  success?: string;
  onSuccess?: (data: RaRecord) => void;
  variant?: ButtonProps['variant'];
  color?: ButtonProps['color'];
}

/** A document action in the show page's toolbar; hidden when the sandbox is read-only. */
export const DocumentActionButton = ({
  resource,
  action,
  label,
  icon,
  body,
  confirm,
  success,
  onSuccess,
  variant = 'outlined',
  color = 'primary',
}: DocumentActionButtonProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useDomainCall<RaRecord, RaRecord['id']>(
    (dataProvider, id) => dataProvider.documentAction(resource, id, action, body),
    {
      success,
      onSuccess: (data) => {
        setOpen(false);
        onSuccess?.(data);
      },
      onError: () => setOpen(false),
    },
  );
  if (!record || !canWrite) return null;
  const run = () => mutate(record.id);
  return (
    <>
      <Button
        size="small"
        variant={variant}
        color={color}
        startIcon={icon}
        disabled={isPending}
        onClick={() => (confirm ? setOpen(true) : run())}
      >
        {translate(label)}
      </Button>
      {confirm ? (
        <Confirm
          isOpen={open}
          loading={isPending}
          title={confirm.title}
          content={confirm.content}
          confirm={confirm.confirmLabel ?? label}
          cancel="app.common.cancel"
          onConfirm={run}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};
