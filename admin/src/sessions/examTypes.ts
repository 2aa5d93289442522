// Shapes of the exam-session routes (see /work/notes/sessions-contract.md). The server is the
// reference: every field the UI does not strictly need is optional, so that a missing one degrades
// to "—" instead of breaking a screen during an exam.
import type { Identifier } from 'react-admin';

export type SessionStatus = 'planned' | 'open' | 'running' | 'paused' | 'ended' | 'archived';
export type LiveState = 'not_logged_in' | 'working' | 'idle' | 'ended';

export interface LiveDocuments {
  quotes?: number;
  orders?: number;
  deliveryNotes?: number;
  invoices?: number;
  creditNotes?: number;
  messagesSent?: number;
  reminders?: number;
}

export interface LiveCandidate {
  candidateId: Identifier;
  candidateNumber: string;
  name?: string | null;
  anonymousCode?: string | null;
  sandboxId?: string | null;
  state: LiveState;
  idleMinutes?: number | null;
  remainingSeconds?: number | null;
  endsAt?: string | null;
  lastActionAt?: string | null;
  lastAction?: string | null;
  locked?: boolean;
  lockedAt?: string | null;
  unlockedUntil?: string | null;
  extraMinutes?: number;
  extendedMinutes?: number;
  documents?: LiveDocuments;
}

export interface LiveSession {
  session: {
    status: SessionStatus;
    remainingSeconds?: number | null;
    paused?: boolean;
    pausedAt?: string | null;
    endsAt?: string | null;
    serverNow?: string;
  };
  candidates: LiveCandidate[];
}

export interface SessionEventRow {
  id: Identifier;
  type: string;
  candidateId?: Identifier | null;
  candidateNumber?: string | null;
  candidateName?: string | null;
  reason?: string | null;
  minutes?: number | null;
  actorName?: string | null;
  at: string;
}

export interface InboxItem {
  id: Identifier;
  subject: string;
  from?: string | null;
  fromAddress?: string | null;
  fromName?: string | null;
  sentAt: string;
  read?: boolean;
}

export interface CandidateHomePayload {
  instructions?: string | null;
  endsAt?: string | null;
  startsAt?: string | null;
  serverNow?: string;
  remainingSeconds?: number | null;
  paused?: boolean;
  locked?: boolean;
  lockReason?: string | null;
  /** The server accepts writes now (false when locked, paused, not started). */
  writable?: boolean;
  mode?: 'exam' | 'training';
  status?: SessionStatus;
  inbox?: { unread?: number; total?: number; latest?: InboxItem[] };
  recordingNotice?: string | null;
}

export interface CheckResult {
  id: string;
  label: string;
  /** The criterion id of exam-criteria.md (the server calls it `criterion`). */
  criterionId?: string | null;
  criterion?: string | null;
  criterionLabel?: string | null;
  passed: boolean;
  /** The check's evidence filled with the record that decided it. */
  evidence?: unknown;
  /** What was found, in French. */
  details?: string | null;
  message?: string | null;
  points?: number | null;
  kind?: string;
  record?: { resource: string; id: number | string } | null;
}

export interface ChecksPayload {
  results: CheckResult[];
  passed?: number;
  total?: number;
  summary?: { total?: number; passed?: number; failed?: number; points?: { earned: number; max: number } };
  evaluatedAt?: string;
  scenarioNow?: string;
  source?: 'snapshot' | 'live' | string;
}

export interface MarkRow {
  criterionId: string;
  points: number | null;
  maxPoints: number | null;
  comment: string | null;
  criterionLabel?: string | null;
  label?: string | null;
  updatedAt?: string | null;
  juryId?: number | string;
  juryName?: string | null;
  /** The caller's own mark (the only ones they may change). */
  mine?: boolean;
}

/** GET …/candidates/:id/marks: every jury's marks, the criteria list and whether the caller may mark. */
export interface MarksView {
  canWrite?: boolean;
  criteria?: Array<{ id: string; label: string }>;
  marks: MarkRow[];
}

export interface ImportRowErrors {
  [line: string]: Record<string, string>;
}

export interface CreatedCredential {
  id?: Identifier;
  candidateId?: Identifier;
  name: string;
  candidateNumber: string;
  anonymousCode?: string | null;
  extraMinutes?: number;
  username: string;
  password: string;
  sandboxId?: string;
  endsAt?: string;
}

export interface JuryAssignment {
  userId: Identifier;
  username?: string;
  displayName?: string;
  assignedAt?: string;
}

export interface StaffUser {
  id: Identifier;
  username: string;
  displayName: string;
  role: string;
}

/** What the jury (or a proctor) is reading: a candidate's sandbox, read-only, in the candidate's screens. */
export interface ViewedSandbox {
  sandboxId: string;
  sessionId: Identifier;
  candidateId: Identifier;
  /** Candidate number or anonymous code (the name is never shown in an anonymous session). */
  label: string;
}
