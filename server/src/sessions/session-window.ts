import type { Candidate } from '../candidates/candidate.entity.js';
import type { Session } from './session.entity.js';

/**
 * The session lifecycle, as pure functions of the control records and `now` (no I/O, no clock of
 * its own: the callers pass the injectable Clock's now).
 *
 *   planned ──open──▶ open ──start──▶ running ──(every candidate's end, or "end")──▶ ended ──archive──▶ archived
 *
 * - planned: candidates of an exam session cannot log in yet (the subject stays secret).
 * - open: from the proctor's "open", or automatically OPEN_BEFORE_MINUTES before startsAt.
 *   Candidates log in and read (instructions, data); every write is refused (423 SESSION_NOT_STARTED).
 * - running: from the start signal (startedAt, given before startsAt) or startsAt, whichever comes first.
 *   Pausing is a flag of a running session (pausedAt), not a status: the scenario clock and everyone's
 *   remaining time stand still and writes are refused (423 SESSION_PAUSED).
 * - ended: when every candidate's end has passed, or at the proctor's early end (endedAt).
 * - archived: read-only for staff, no candidate access.
 *
 * A candidate's end (the shared contract's formula):
 *   (startedAt ?? startsAt) + durationMinutes + extraMinutes + extendedMinutes + pausedSeconds (+ the pause in
 *   progress), or endedAt when that is earlier.
 * A pause that starts after a candidate's end moves their computed end too, but never past `now`: a
 * candidate whose time was over stays over (see session-window.spec.ts).
 *
 * After the end, an exam (or a training session with lockAtEnd) locks the candidate's sandbox: reads
 * only, 423 SANDBOX_LOCKED on writes, unless a proctor unlocked it for an incident (unlockedUntil > now).
 * A training session without lockAtEnd never locks.
 */

export type SessionStatus = 'planned' | 'open' | 'running' | 'ended' | 'archived';

/** Sessions open by themselves this long before their start time (candidates log in and read the instructions). */
export const OPEN_BEFORE_MINUTES = 30;
/** After their end, a candidate's token still reads (locked banner, their work) this long; then it expires. */
export const READ_AFTER_END_MINUTES = 30;

const MINUTE = 60_000;

export type SessionTimes = Pick<Session, 'startsAt' | 'durationMinutes' | 'archivedAt'> &
  Partial<Pick<Session, 'openedAt' | 'startedAt' | 'pausedAt' | 'pausedSeconds' | 'endedAt' | 'mode' | 'lockAtEnd'>>;

export type CandidateTimes = Partial<Pick<Candidate, 'extraMinutes' | 'extendedMinutes' | 'unlockedUntil'>>;

const ms = (iso: string | null | undefined): number | null => (iso ? new Date(iso).getTime() : null);

/** When the candidates' time starts running: the start signal if it came first, else the planned start. */
export function effectiveStart(session: SessionTimes): Date {
  const planned = new Date(session.startsAt).getTime();
  const signal = ms(session.startedAt);
  return new Date(signal !== null && signal < planned ? signal : planned);
}

export function hasStarted(session: SessionTimes, now: Date): boolean {
  return now.getTime() >= effectiveStart(session).getTime();
}

/** Candidates may log in and read: opened by the proctor, within OPEN_BEFORE_MINUTES of the start, or started. */
export function isOpened(session: SessionTimes, now: Date): boolean {
  if (session.openedAt && new Date(session.openedAt).getTime() <= now.getTime()) return true;
  return now.getTime() >= effectiveStart(session).getTime() - OPEN_BEFORE_MINUTES * MINUTE;
}

export function isPaused(session: SessionTimes): boolean {
  return !!session.pausedAt && !session.endedAt && !session.archivedAt;
}

/** Milliseconds of pause so far: the pauses over plus the one in progress. */
export function pausedMs(session: SessionTimes, now?: Date): number {
  const past = (session.pausedSeconds ?? 0) * 1000;
  const since = ms(session.pausedAt);
  if (since === null || !now || !isPaused(session)) return past;
  return past + Math.max(0, now.getTime() - since);
}

/** Real running time since the start, pauses excluded (0 before the start): the scenario clock's elapsed time. */
export function runningElapsedMs(session: SessionTimes | null, now: Date): number {
  if (!session) return 0;
  return Math.max(0, now.getTime() - effectiveStart(session).getTime() - pausedMs(session, now));
}

/** Whether writes are refused after a candidate's end: always in an exam, on request in training. */
export function locksAtEnd(session: SessionTimes): boolean {
  return session.mode !== 'training' || session.lockAtEnd === true;
}

/**
 * One candidate's end. `candidate` may be just their extra minutes (older callers). Without `now`, a
 * pause in progress is not counted.
 */
export function candidateEndsAt(session: SessionTimes, candidate: CandidateTimes | number = 0, now?: Date): Date {
  const c = typeof candidate === 'number' ? { extraMinutes: candidate } : candidate;
  const minutes = session.durationMinutes + (c.extraMinutes ?? 0) + (c.extendedMinutes ?? 0);
  const end = effectiveStart(session).getTime() + minutes * MINUTE + pausedMs(session, now);
  const early = ms(session.endedAt);
  return new Date(early !== null && early < end ? early : end);
}

/** End of the session for a candidate without extra time. */
export function sessionEndsAt(session: SessionTimes, now?: Date): Date {
  return candidateEndsAt(session, 0, now);
}

/** The latest end among the candidates (the session's own end when it has none). */
export function latestEndsAt(session: SessionTimes, candidates: CandidateTimes[], now?: Date): Date {
  return new Date(Math.max(sessionEndsAt(session, now).getTime(), ...candidates.map((c) => candidateEndsAt(session, c, now).getTime())));
}

export function sessionStatus(session: SessionTimes, candidates: CandidateTimes[], now: Date): SessionStatus {
  if (session.archivedAt) return 'archived';
  if (!hasStarted(session, now)) return isOpened(session, now) ? 'open' : 'planned';
  const early = ms(session.endedAt);
  if (early !== null && early <= now.getTime()) return 'ended';
  const ends = candidates.length ? candidates.map((c) => candidateEndsAt(session, c, now)) : [sessionEndsAt(session, now)];
  return ends.every((end) => end.getTime() <= now.getTime()) ? 'ended' : 'running';
}

/**
 * What a candidate may do now:
 * - not-open: exam not opened yet (no login);
 * - before-start: read only (SESSION_NOT_STARTED);
 * - write: read and write;
 * - paused: read only (SESSION_PAUSED);
 * - locked: their time is over, read only (SANDBOX_LOCKED);
 * - archived: nothing.
 */
export type CandidateAccess = 'not-open' | 'before-start' | 'write' | 'paused' | 'locked' | 'archived';

export interface CandidateWindow {
  access: CandidateAccess;
  /** Their end (time over from then on), pauses and extensions included. */
  endsAt: Date;
  /** now ≥ endsAt. */
  timeOver: boolean;
  /** A proctor's incident unlock still running. */
  unlocked: boolean;
  /** Whether the sandbox locks at the end (exam, or training with lockAtEnd). */
  lockApplies: boolean;
  /** Writes allowed until then (null: not writable now, or no end to writing in training). */
  writableUntil: Date | null;
  /** Seconds left to work (until the end, or the end of an incident unlock); stands still while paused. */
  remainingSeconds: number;
}

export function candidateWindow(session: SessionTimes, candidate: CandidateTimes, now: Date): CandidateWindow {
  const endsAt = candidateEndsAt(session, candidate, now);
  const t = now.getTime();
  const timeOver = t >= endsAt.getTime();
  const unlockedUntil = ms(candidate.unlockedUntil);
  const unlocked = unlockedUntil !== null && t < unlockedUntil && !session.archivedAt;
  const lockApplies = locksAtEnd(session);
  const deadline = unlocked ? Math.max(endsAt.getTime(), unlockedUntil!) : endsAt.getTime();
  const remainingSeconds = Math.max(0, Math.floor((deadline - t) / 1000));

  let access: CandidateAccess;
  if (session.archivedAt) access = 'archived';
  else if (!hasStarted(session, now)) access = isOpened(session, now) || session.mode === 'training' ? 'before-start' : 'not-open';
  else if (timeOver && lockApplies && !unlocked) access = 'locked';
  else if (isPaused(session)) access = 'paused';
  else access = 'write';

  const writableUntil = access !== 'write' ? null : unlocked ? new Date(deadline) : lockApplies ? endsAt : null;
  return { access, endsAt, timeOver, unlocked, lockApplies, writableUntil, remainingSeconds };
}

export function candidateAccess(session: SessionTimes, candidate: CandidateTimes | number, now: Date): CandidateAccess {
  return candidateWindow(session, typeof candidate === 'number' ? { extraMinutes: candidate } : candidate, now).access;
}

/** The sandbox should be locked (and snapshotted) now: time over, lock applies, no incident unlock running. */
export function isDueForLock(session: SessionTimes, candidate: CandidateTimes, now: Date): boolean {
  const w = candidateWindow(session, candidate, now);
  return w.timeOver && w.lockApplies && !w.unlocked && hasStarted(session, now);
}

/** A candidate's token reads until READ_AFTER_END_MINUTES after their sandbox locked (end, or end of an incident unlock), never in an archived session. */
export function candidateTokenValid(session: SessionTimes, candidate: CandidateTimes, now: Date): boolean {
  const w = candidateWindow(session, candidate, now);
  if (w.access === 'archived') return false;
  if (w.access !== 'locked') return true;
  const lockedSince = Math.max(w.endsAt.getTime(), ms(candidate.unlockedUntil) ?? 0);
  return now.getTime() < lockedSince + READ_AFTER_END_MINUTES * MINUTE;
}
