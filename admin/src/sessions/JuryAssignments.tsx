import { useState } from 'react';
import { Alert, Box, Button, Chip, MenuItem, TextField, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import CancelIcon from '@mui/icons-material/Cancel';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import type { ExamSession } from '../types';
import { examApi } from './examApi';
import type { JuryAssignment } from './examTypes';
import { errorText } from '../shared/serverErrors';

const J = 'resources.sessions.juries';

/**
 * Juries assigned to the session (they see only the sessions they are assigned to), with a picker of
 * the jury accounts (GET /api/users?filter={role:'jury'}) to add one, and a delete on each chip.
 */
export const JuryAssignments = ({ session }: { session: ExamSession & { juries?: JuryAssignment[] } }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState('');
  const [pending, setPending] = useState(false);

  const embedded = Array.isArray(session.juries) ? session.juries : null;
  const assigned = useQuery({
    queryKey: ['exam', 'juries', String(session.id)],
    queryFn: ({ signal }) => examApi.juries(session.id, signal),
    enabled: embedded === null,
    retry: false,
  });
  const users = useQuery({
    queryKey: ['users', 'jury'],
    queryFn: ({ signal }) => examApi.juryUsers(signal),
    retry: false,
    staleTime: 60_000,
  });
  const list: JuryAssignment[] = embedded ?? assigned.data ?? [];
  const assignedIds = new Set(list.map((j) => String(j.userId)));
  const choices = (users.data ?? []).filter((u) => !assignedIds.has(String(u.id)));

  const reload = () => {
    refresh();
    queryClient.invalidateQueries({ queryKey: ['exam', 'juries', String(session.id)] });
  };
  const add = async () => {
    if (!selected) return;
    setPending(true);
    try {
      await examApi.assignJury(session.id, selected);
      const user = users.data?.find((u) => String(u.id) === selected);
      notify(`${J}.added`, { type: 'success', messageArgs: { name: user?.displayName ?? selected } });
      setSelected('');
      reload();
    } catch (e) {
      notify(errorText(e, translate), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  const remove = async (jury: JuryAssignment) => {
    try {
      await examApi.unassignJury(session.id, jury.userId as Identifier);
      notify(`${J}.removed`, { type: 'info', messageArgs: { name: jury.displayName ?? jury.username ?? jury.userId } });
      reload();
    } catch (e) {
      notify(errorText(e, translate), { type: 'error' });
    }
  };

  return (
    <Box component="section" aria-labelledby="juries-title" sx={{ mb: 3 }}>
      <Typography id="juries-title" component="h3" variant="h6" sx={{ color: 'primary.dark', mb: 1 }}>
        {translate(`${J}.title`)}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1.5 }} data-testid="jury-list">
        {list.length === 0 ? (
          <Typography color="text.secondary">{translate(`${J}.none`)}</Typography>
        ) : (
          list.map((jury) => (
            <Chip
              key={String(jury.userId)}
              label={jury.displayName ?? jury.username ?? String(jury.userId)}
              onDelete={() => remove(jury)}
              deleteIcon={<CancelIcon titleAccess={translate(`${J}.remove`, { name: jury.displayName ?? jury.username })} />}
            />
          ))
        )}
      </Box>
      {users.error ? (
        <Alert severity="info" sx={{ maxWidth: 720 }}>
          {translate(`${J}.noUserList`)}
        </Alert>
      ) : (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            select
            id="jury-picker"
            label={translate(`${J}.pick`)}
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
            sx={{ minWidth: 280, maxWidth: 360 }}
            fullWidth={false}
            disabled={choices.length === 0}
            helperText={choices.length === 0 && users.data ? translate(`${J}.allAssigned`) : ' '}
          >
            {choices.map((user) => (
              <MenuItem key={String(user.id)} value={String(user.id)}>
                {user.displayName} ({user.username})
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={add} disabled={!selected || pending} sx={{ mb: 2.5 }}>
            {translate(`${J}.add`)}
          </Button>
        </Box>
      )}
    </Box>
  );
};
