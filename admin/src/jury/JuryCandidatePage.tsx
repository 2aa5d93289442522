import { useState, type ReactNode } from 'react';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Skeleton, Tab, Tabs, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import VisibilityIcon from '@mui/icons-material/Visibility';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useQuery } from '@tanstack/react-query';
import { LinkBase, Title, useGetOne, useTranslate, type Identifier } from 'react-admin';
import { useParams } from 'react-router';
import type { ExamSession } from '../types';
import { examApi } from '../sessions/examApi';
import { ChecksList } from '../candidate-home/ChecksList';
import { usePdfFile } from '../shared/PdfButtons';
import { errorText } from '../shared/serverErrors';
import { juryLabel } from './JurySessionCandidates';
import { JournalTimeline } from './JournalTimeline';
import { MarksForm } from './MarksForm';
import { ProductionsView } from './ProductionsView';
import { useViewSandbox } from './useViewSandbox';

type SessionRecord = ExamSession & Record<string, unknown>;
type TabKey = 'productions' | 'journal' | 'checks' | 'marks';
const TABS: TabKey[] = ['productions', 'journal', 'checks', 'marks'];
const J = 'app.jury';

const Loading = () => (
  <>
    <Skeleton />
    <Skeleton />
    <Skeleton width="70%" />
  </>
);

const Failure = ({ error, missingRoute }: { error: unknown; missingRoute?: string }) => {
  const translate = useTranslate();
  // A 404 without a domain code: this server does not have the route yet.
  const body = (error as { status?: number; body?: { code?: string } } | null) ?? null;
  const missing = missingRoute && body?.status === 404 && (!body.body?.code || body.body.code === 'NOT_FOUND');
  return (
    <Alert severity="warning" role="alert">
      {missing ? translate(missingRoute) : errorText(error, translate)}
    </Alert>
  );
};

const Panel = ({ tab, current, children }: { tab: TabKey; current: TabKey; children: ReactNode }) => (
  <Box role="tabpanel" id={`jury-panel-${tab}`} aria-labelledby={`jury-tab-${tab}`} hidden={tab !== current} sx={{ pt: 2 }}>
    {tab === current ? children : null}
  </Box>
);

/**
 * A candidate's file for the jury (proctors and admins read it too): the read-only sandbox, the
 * dossier PDF, and tabs Productions, Journal (timeline), Contrôles (scenario checks) and Notation.
 */
export const JuryCandidatePage = () => {
  const translate = useTranslate();
  const { sessionId = '', candidateId = '' } = useParams();
  const [tab, setTab] = useState<TabKey>('productions');
  const { open } = useViewSandbox();
  const { preview, busy } = usePdfFile();
  const { data: session, error: sessionError, isPending } = useGetOne<SessionRecord>('sessions', { id: sessionId });
  const candidate = session?.candidates?.find((c) => String(c.id) === String(candidateId));
  const sandboxId = candidate?.sandboxId ?? null;
  const anonymous = !!session?.anonymous;
  const label = candidate ? juryLabel(candidate, anonymous) : String(candidateId);

  const productions = useQuery({
    queryKey: ['exam', 'productions', sessionId, candidateId],
    queryFn: ({ signal }) => examApi.productions(sessionId, candidateId, signal),
    enabled: !!candidate && tab === 'productions',
    retry: false,
  });
  const journal = useQuery({
    queryKey: ['exam', 'journal', sandboxId],
    queryFn: ({ signal }) => examApi.journal(sandboxId!, signal),
    enabled: !!sandboxId && tab === 'journal',
    retry: false,
  });
  const checks = useQuery({
    queryKey: ['exam', 'checks', sandboxId],
    queryFn: ({ signal }) => examApi.checks(sandboxId!, signal),
    enabled: !!sandboxId && (tab === 'checks' || tab === 'marks'),
    retry: false,
  });
  const marks = useQuery({
    queryKey: ['exam', 'marks', String(sessionId), String(candidateId)],
    queryFn: ({ signal }) => examApi.marks(sessionId, candidateId, signal),
    enabled: !!candidate && tab === 'marks',
    retry: false,
  });

  const title = translate(`${J}.candidateTitle`, { label });
  if (isPending) return <Loading />;
  if (sessionError || !session) return <Failure error={sessionError} />;
  if (!candidate) {
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate(`${J}.candidateNotFound`)}
      </Alert>
    );
  }

  const view = (to?: string) =>
    sandboxId && open({ sandboxId, sessionId: session.id, candidateId: candidate.id, label }, to);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={title} />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5, mb: 1 }}>
            <Typography component="h2" variant="h5" sx={{ fontWeight: 600 }}>
              {title}
            </Typography>
            {!anonymous && candidate.name ? <Chip label={candidate.name} variant="outlined" /> : null}
            <Chip label={session.name} size="small" />
          </Box>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
            <Button variant="contained" startIcon={<VisibilityIcon />} onClick={() => view()} disabled={!sandboxId}>
              {translate(`${J}.view.button`)}
            </Button>
            <Button
              variant="outlined"
              startIcon={busy ? <CircularProgress size={16} /> : <PictureAsPdfIcon />}
              onClick={() => preview(() => examApi.dossierPdf(session.id as Identifier, candidate.id))}
              disabled={busy !== null}
            >
              {translate(`${J}.dossier`)}
            </Button>
            <Button component={LinkBase} to={`/sessions/${session.id}/show`} startIcon={<ArrowBackIcon />}>
              {translate(`${J}.backToSession`)}
            </Button>
          </Box>
          <Tabs
            value={tab}
            onChange={(_e, value: TabKey) => setTab(value)}
            aria-label={title}
            sx={{ borderBottom: 1, borderColor: 'divider', '& .MuiTab-root': { textTransform: 'none', fontWeight: 600 } }}
          >
            {TABS.map((key) => (
              <Tab key={key} value={key} id={`jury-tab-${key}`} aria-controls={`jury-panel-${key}`} label={translate(`${J}.tabs.${key}`)} />
            ))}
          </Tabs>
          <Panel tab="productions" current={tab}>
            {productions.isPending ? (
              <Loading />
            ) : productions.error ? (
              <Failure error={productions.error} missingRoute="app.jury.productions.unavailable" />
            ) : (
              <ProductionsView data={productions.data} onOpen={(resource, id) => view(`/${resource}/${encodeURIComponent(id)}/show`)} />
            )}
          </Panel>
          <Panel tab="journal" current={tab}>
            {journal.isPending ? <Loading /> : journal.error ? <Failure error={journal.error} /> : <JournalTimeline entries={journal.data ?? []} />}
          </Panel>
          <Panel tab="checks" current={tab}>
            {checks.isPending ? <Loading /> : checks.error ? <Failure error={checks.error} /> : <ChecksList payload={checks.data!} showEvidence onOpen={(resource, id) => view(`/${resource}/${encodeURIComponent(id)}/show`)} />}
          </Panel>
          <Panel tab="marks" current={tab}>
            {marks.isPending || checks.isPending ? (
              <Loading />
            ) : marks.error ? (
              <Failure error={marks.error} />
            ) : (
              <MarksForm sessionId={session.id} candidateId={candidate.id} checks={checks.data?.results ?? []} view={marks.data ?? { marks: [] }} />
            )}
          </Panel>
        </CardContent>
      </Card>
    </Box>
  );
};
