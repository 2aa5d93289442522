import { useState, type ReactNode } from 'react';
import { Button, type ButtonProps } from '@mui/material';
import { Confirm, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import { useCanWrite } from './useSandboxContext';
import { useDomainCall } from './useDocumentAction';

/** A toolbar button running one domain call on the record (with a confirmation when given). */
export const CallButton = <T extends RaRecord = RaRecord>({
  label,
  icon,
  call,
  confirm,
  success,
  onSuccess,
  variant = 'outlined',
  color = 'primary',
}: {
  label: string;
  icon?: ReactNode;
  call: (dataProvider: ComptoirDataProvider, record: RaRecord) => Promise<{ data: T }>;
  confirm?: { title: string; content: string };
  success?: string;
  onSuccess?: (data: T) => void;
  variant?: ButtonProps['variant'];
  color?: ButtonProps['color'];
}) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  const { mutate, isPending } = useDomainCall<T, RaRecord>(call, {
    success,
    onSuccess: (data) => {
      setOpen(false);
      onSuccess?.(data);
    },
    onError: () => setOpen(false),
  });
  if (!record || !canWrite) return null;
  return (
    <>
      <Button size="small" variant={variant} color={color} startIcon={icon} disabled={isPending} onClick={() => (confirm ? setOpen(true) : mutate(record))}>
        {translate(label)}
      </Button>
      {confirm ? (
        <Confirm
          isOpen={open}
          loading={isPending}
          title={confirm.title}
          content={confirm.content}
          confirm={label}
          cancel="app.common.cancel"
          onConfirm={() => mutate(record)}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
};
