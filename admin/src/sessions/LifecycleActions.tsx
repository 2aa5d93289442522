import { useState, type ReactNode } from 'react';
import { Box, Button, type ButtonProps } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import PauseIcon from '@mui/icons-material/Pause';
import StopIcon from '@mui/icons-material/Stop';
import ArchiveIcon from '@mui/icons-material/Archive';
import { useQueryClient } from '@tanstack/react-query';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ExamSession } from '../types';
import { examApi } from './examApi';
import type { SessionStatus } from './examTypes';
import { ReasonDialog } from './ReasonDialog';

type Action = 'open' | 'start' | 'pause' | 'resume' | 'end' | 'archive';

/** The session's lifecycle status, paused included (an older server only knows planned/running/ended). */
export const effectiveStatus = (record: Partial<ExamSession> & { pausedAt?: string | null; archivedAt?: string | null }): SessionStatus => {
  const status = record.status as SessionStatus | undefined;
  if (record.archivedAt) return 'archived';
  if (status === 'running' && record.pausedAt) return 'paused';
  return status ?? 'planned';
};

/** Which actions a status allows (the server decides anyway: 409 otherwise). */
const ALLOWED: Record<SessionStatus, Action[]> = {
  planned: ['open', 'start'],
  open: ['start'],
  running: ['pause', 'end'],
  paused: ['resume', 'end'],
  ended: ['archive'],
  archived: [],
};

const CONFIG: Record<Action, { icon: ReactNode; color: ButtonProps['color']; variant: ButtonProps['variant']; reason: boolean }> = {
  open: { icon: <LockOpenIcon />, color: 'primary', variant: 'outlined', reason: false },
  start: { icon: <PlayArrowIcon />, color: 'success', variant: 'contained', reason: false },
  pause: { icon: <PauseIcon />, color: 'warning', variant: 'outlined', reason: true },
  resume: { icon: <PlayArrowIcon />, color: 'success', variant: 'contained', reason: false },
  end: { icon: <StopIcon />, color: 'error', variant: 'outlined', reason: true },
  archive: { icon: <ArchiveIcon />, color: 'inherit', variant: 'outlined', reason: false },
};

const L = 'resources.sessions.lifecycle';

/** Ouvrir, Démarrer, Pause / Reprendre, Terminer, Archiver: each confirmed, with a reason where the API asks one. */
export const LifecycleActions = ({ session }: { session: ExamSession }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState<Action | null>(null);
  const status = effectiveStatus(session);
  const actions = ALLOWED[status] ?? [];
  if (actions.length === 0) return null;

  const run = async (action: Action, reason: string) => {
    await examApi.lifecycle(session.id, action, CONFIG[action].reason ? reason : undefined);
    notify(`${L}.done.${action}`, { type: 'success', messageArgs: { name: session.name } });
    refresh();
    queryClient.invalidateQueries({ queryKey: ['exam'] });
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} role="group" aria-label={translate(`${L}.group`)}>
      {actions.map((action) => (
        <Button
          key={action}
          variant={CONFIG[action].variant}
          color={CONFIG[action].color}
          startIcon={CONFIG[action].icon}
          onClick={() => setCurrent(action)}
        >
          {translate(`${L}.${action}.button`)}
        </Button>
      ))}
      {current ? (
        <ReasonDialog
          open
          onClose={() => setCurrent(null)}
          title={translate(`${L}.${current}.title`, { name: session.name })}
          content={translate(`${L}.${current}.content`)}
          submitLabel={translate(`${L}.${current}.submit`)}
          color={CONFIG[current].color === 'inherit' ? 'primary' : CONFIG[current].color}
          withReason={CONFIG[current].reason}
          onSubmit={({ reason }) => run(current, reason)}
        />
      ) : null}
    </Box>
  );
};
