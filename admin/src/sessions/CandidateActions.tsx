import { useState } from 'react';
import { Box, Button } from '@mui/material';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useQueryClient } from '@tanstack/react-query';
import { RecordContextProvider, useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import { examApi } from './examApi';
import { ReasonDialog } from './ReasonDialog';
import { ResetSandboxButton } from './ResetSandboxButton';

const L = 'resources.sessions.lifecycle';

/** Per candidate: Prolonger (minutes + motif), Déverrouiller (incident: minutes + motif), Réinitialiser. */
export const CandidateActions = ({
  sessionId,
  candidateId,
  label,
  sandboxId,
  ended,
  archived,
}: {
  sessionId: Identifier;
  candidateId: Identifier;
  /** Name, or number in an anonymous session: used in the dialogs' titles and the buttons' accessible names. */
  label: string;
  sandboxId?: string | null;
  ended: boolean;
  archived: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'extend' | 'unlock' | null>(null);
  if (archived) return null;

  const after = (key: string, minutes: number) => {
    notify(key, { type: 'success', messageArgs: { name: label, smart_count: minutes } });
    refresh();
    queryClient.invalidateQueries({ queryKey: ['exam'] });
  };

  return (
    <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap' }}>
      {!ended ? (
        <Button
          size="small"
          variant="outlined"
          startIcon={<MoreTimeIcon />}
          onClick={() => setDialog('extend')}
          aria-label={`${translate(`${L}.extend.button`)} — ${label}`}
        >
          {translate(`${L}.extend.button`)}
        </Button>
      ) : (
        <Button
          size="small"
          variant="outlined"
          color="secondary"
          startIcon={<LockOpenIcon />}
          onClick={() => setDialog('unlock')}
          aria-label={`${translate(`${L}.unlock.button`)} — ${label}`}
        >
          {translate(`${L}.unlock.button`)}
        </Button>
      )}
      {sandboxId ? (
        <RecordContextProvider value={{ id: candidateId, name: label, sandboxId }}>
          <ResetSandboxButton />
        </RecordContextProvider>
      ) : null}
      <ReasonDialog
        open={dialog === 'extend'}
        onClose={() => setDialog(null)}
        title={translate(`${L}.extend.title`, { name: label })}
        content={translate(`${L}.extend.content`)}
        submitLabel={translate(`${L}.extend.submit`)}
        withMinutes
        defaultMinutes={10}
        withReason
        reasonHelp={translate(`${L}.extend.reasonHelp`)}
        onSubmit={async ({ minutes, reason }) => {
          await examApi.extend(sessionId, candidateId, minutes, reason);
          after(`${L}.extend.done`, minutes);
        }}
      />
      <ReasonDialog
        open={dialog === 'unlock'}
        onClose={() => setDialog(null)}
        title={translate(`${L}.unlock.title`, { name: label })}
        content={translate(`${L}.unlock.content`)}
        submitLabel={translate(`${L}.unlock.submit`)}
        color="secondary"
        withMinutes
        defaultMinutes={10}
        withReason
        reasonHelp={translate(`${L}.unlock.reasonHelp`)}
        onSubmit={async ({ minutes, reason }) => {
          await examApi.unlock(sessionId, candidateId, minutes, reason);
          after(`${L}.unlock.done`, minutes);
        }}
      />
    </Box>
  );
};
