import { useEffect, useState } from 'react';
import { Alert, AlertTitle, Link as MuiLink, List, ListItem } from '@mui/material';
import { LinkBase, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { ComptoirDataProvider } from '../dataProvider';
import type { DuplicateMatch } from '../types';

const normaliseSiren = (value: unknown) => (typeof value === 'string' ? value.replace(/\s/g, '') : '');
const normaliseEmail = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/**
 * While the SIREN or e-mail is typed, asks the server for tiers with the same values
 * and shows a warning with links to them. A warning only: saving stays possible.
 */
export const DuplicateWarning = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const record = useRecordContext();
  const siren = normaliseSiren(useWatch({ name: 'siren' }));
  const email = normaliseEmail(useWatch({ name: 'email' }));
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);

  useEffect(() => {
    const sirenOk = /^\d{9}$/.test(siren);
    const emailOk = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
    if (!sirenOk && !emailOk) {
      setMatches([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      dataProvider
        .findDuplicates({ siren: sirenOk ? siren : null, email: emailOk ? email : null, excludeId: record?.id ?? null })
        .then(({ data }) => {
          if (!cancelled) setMatches(data);
        })
        .catch(() => {
          if (!cancelled) setMatches([]);
        });
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [siren, email, record?.id, dataProvider]);

  if (matches.length === 0) return null;
  return (
    <Alert severity="warning" role="status" sx={{ gridColumn: '1 / -1', my: 1 }}>
      <AlertTitle>{translate('resources.third-parties.duplicates.title')}</AlertTitle>
      {translate('resources.third-parties.duplicates.intro')}
      <List dense disablePadding sx={{ listStyle: 'disc', pl: 3 }}>
        {matches.map((match) => (
          <ListItem key={`${match.id}-${match.matchedOn}`} sx={{ display: 'list-item', py: 0 }}>
            <MuiLink component={LinkBase} to={`/third-parties/${match.id}/show`} target="_blank" rel="noopener">
              {match.code} — {match.name}
            </MuiLink>{' '}
            ({translate(`resources.third-parties.duplicates.${match.matchedOn}`)}){' '}
            <span style={{ fontSize: '0.85em' }}>{translate('resources.third-parties.duplicates.newTab')}</span>
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
