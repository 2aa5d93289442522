import {
  candidateAccess, candidateEndsAt, candidateTokenValid, candidateWindow, effectiveStart, isDueForLock, OPEN_BEFORE_MINUTES,
  READ_AFTER_END_MINUTES, runningElapsedMs, SessionTimes, sessionStatus,
} from './session-window.js';

const at = (iso: string) => new Date(iso);
const MIN = 60_000;

describe('session window', () => {
  const session: SessionTimes = { startsAt: '2026-11-22T08:00:00.000Z', durationMinutes: 180, archivedAt: null, mode: 'exam' };

  describe('candidate end', () => {
    it('gives each candidate start + duration + their extra minutes', () => {
      expect(candidateEndsAt(session, 0).toISOString()).toBe('2026-11-22T11:00:00.000Z');
      expect(candidateEndsAt(session, 60).toISOString()).toBe('2026-11-22T12:00:00.000Z');
      expect(candidateEndsAt(session, { extraMinutes: 60, extendedMinutes: 15 }).toISOString()).toBe('2026-11-22T12:15:00.000Z');
    });

    it('starts from the start signal when it came before the planned start', () => {
      const early = { ...session, startedAt: '2026-11-22T07:50:00.000Z' };
      expect(effectiveStart(early).toISOString()).toBe('2026-11-22T07:50:00.000Z');
      expect(candidateEndsAt(early, 0).toISOString()).toBe('2026-11-22T10:50:00.000Z');
    });

    it('pushes every end back by the pauses over and the pause in progress', () => {
      const paused = { ...session, pausedSeconds: 600, pausedAt: '2026-11-22T09:00:00.000Z' };
      expect(candidateEndsAt(paused, 0, at('2026-11-22T09:05:00Z')).toISOString()).toBe('2026-11-22T11:15:00.000Z');
      expect(candidateEndsAt(paused, 30, at('2026-11-22T09:20:00Z')).toISOString()).toBe('2026-11-22T12:00:00.000Z');
      // Without `now`, the pause in progress is not counted.
      expect(candidateEndsAt(paused, 0).toISOString()).toBe('2026-11-22T11:10:00.000Z');
    });

    it('stops at an early end', () => {
      const ended = { ...session, endedAt: '2026-11-22T10:00:00.000Z' };
      expect(candidateEndsAt(ended, 60).toISOString()).toBe('2026-11-22T10:00:00.000Z');
    });
  });

  describe('status', () => {
    const candidates = [{ extraMinutes: 0 }, { extraMinutes: 30 }];

    it('is planned until OPEN_BEFORE_MINUTES before the start, or until the proctor opens it', () => {
      expect(sessionStatus(session, candidates, at('2026-11-22T07:00:00Z'))).toBe('planned');
      expect(sessionStatus(session, candidates, new Date(Date.parse(session.startsAt) - OPEN_BEFORE_MINUTES * MIN))).toBe('open');
      expect(sessionStatus({ ...session, openedAt: '2026-11-22T06:00:00Z' }, candidates, at('2026-11-22T06:30:00Z'))).toBe('open');
    });

    it('runs from the start signal or the start time, and ends when the last candidate ends', () => {
      expect(sessionStatus({ ...session, startedAt: '2026-11-22T06:45:00Z' }, candidates, at('2026-11-22T07:00:00Z'))).toBe('running');
      expect(sessionStatus(session, candidates, at('2026-11-22T08:00:00Z'))).toBe('running');
      expect(sessionStatus(session, candidates, at('2026-11-22T11:10:00Z'))).toBe('running');
      expect(sessionStatus(session, candidates, at('2026-11-22T11:30:00Z'))).toBe('ended');
      expect(sessionStatus(session, [], at('2026-11-22T11:00:00Z'))).toBe('ended');
    });

    it('stays running during a pause, ends early at endedAt, archived wins', () => {
      const paused = { ...session, pausedAt: '2026-11-22T11:20:00Z' };
      expect(sessionStatus(paused, candidates, at('2026-11-22T13:00:00Z'))).toBe('running');
      expect(sessionStatus({ ...session, endedAt: '2026-11-22T09:00:00Z' }, candidates, at('2026-11-22T09:00:00Z'))).toBe('ended');
      expect(sessionStatus({ ...session, archivedAt: 'x' }, candidates, at('2026-11-22T09:00:00Z'))).toBe('archived');
    });
  });

  describe('candidate access', () => {
    it('refuses an exam before it opens, reads until the start, writes during, locks after their own end', () => {
      expect(candidateAccess(session, 0, at('2026-11-22T07:00:00Z'))).toBe('not-open');
      expect(candidateAccess(session, 0, at('2026-11-22T07:59:59Z'))).toBe('before-start');
      expect(candidateAccess({ ...session, mode: 'training' }, 0, at('2026-11-22T07:00:00Z'))).toBe('before-start');
      expect(candidateAccess(session, 0, at('2026-11-22T08:00:00Z'))).toBe('write');
      expect(candidateAccess(session, 0, at('2026-11-22T11:00:00Z'))).toBe('locked');
      expect(candidateAccess(session, 45, at('2026-11-22T11:30:00Z'))).toBe('write');
      expect(candidateAccess({ ...session, archivedAt: '2026-11-22T09:00:00Z' }, 0, at('2026-11-22T09:30:00Z'))).toBe('archived');
    });

    it('reads only during a pause, with the remaining time standing still', () => {
      const paused = { ...session, pausedAt: '2026-11-22T09:00:00Z' };
      const a = candidateWindow(paused, { extraMinutes: 0 }, at('2026-11-22T09:01:00Z'));
      const b = candidateWindow(paused, { extraMinutes: 0 }, at('2026-11-22T09:41:00Z'));
      expect(a.access).toBe('paused');
      expect(a.writableUntil).toBeNull();
      expect(a.remainingSeconds).toBe(120 * 60);
      expect(b.remainingSeconds).toBe(120 * 60);
    });

    it('keeps a candidate whose time was over locked when a pause starts afterwards', () => {
      const paused = { ...session, pausedAt: '2026-11-22T11:10:00Z' };
      for (const now of ['2026-11-22T11:10:00Z', '2026-11-22T11:40:00Z']) expect(candidateAccess(paused, 0, at(now))).toBe('locked');
      const resumed = { ...session, pausedSeconds: 30 * 60 };
      expect(candidateAccess(resumed, 0, at('2026-11-22T11:40:00Z'))).toBe('locked');
      expect(candidateAccess(paused, 30, at('2026-11-22T11:40:00Z'))).toBe('paused');
    });

    it('lets a proctor extend one candidate and unlock one for an incident', () => {
      expect(candidateAccess(session, { extraMinutes: 0, extendedMinutes: 10 }, at('2026-11-22T11:05:00Z'))).toBe('write');
      const unlocked = { extraMinutes: 0, unlockedUntil: '2026-11-22T11:40:00Z' };
      const w = candidateWindow(session, unlocked, at('2026-11-22T11:30:00Z'));
      expect(w).toMatchObject({ access: 'write', timeOver: true, unlocked: true, remainingSeconds: 600 });
      expect(w.writableUntil?.toISOString()).toBe('2026-11-22T11:40:00.000Z');
      expect(candidateAccess(session, unlocked, at('2026-11-22T11:40:00Z'))).toBe('locked');
    });

    it('writes until the end, then never locks a training session without lockAtEnd', () => {
      const training = { ...session, mode: 'training' as const, lockAtEnd: false };
      const w = candidateWindow(training, { extraMinutes: 0 }, at('2026-11-22T12:00:00Z'));
      expect(w).toMatchObject({ access: 'write', timeOver: true, lockApplies: false, writableUntil: null });
      expect(candidateAccess({ ...training, lockAtEnd: true }, 0, at('2026-11-22T12:00:00Z'))).toBe('locked');
      expect(candidateWindow(session, { extraMinutes: 0 }, at('2026-11-22T10:00:00Z')).writableUntil?.toISOString()).toBe('2026-11-22T11:00:00.000Z');
    });
  });

  it('is due for a lock once the time is over and no unlock runs', () => {
    expect(isDueForLock(session, { extraMinutes: 0 }, at('2026-11-22T10:59:59Z'))).toBe(false);
    expect(isDueForLock(session, { extraMinutes: 0 }, at('2026-11-22T11:00:00Z'))).toBe(true);
    expect(isDueForLock(session, { extraMinutes: 0, unlockedUntil: '2026-11-22T11:10:00Z' }, at('2026-11-22T11:05:00Z'))).toBe(false);
    expect(isDueForLock({ ...session, mode: 'training', lockAtEnd: false }, { extraMinutes: 0 }, at('2026-11-22T12:00:00Z'))).toBe(false);
  });

  it('keeps a candidate token reading for READ_AFTER_END_MINUTES after the lock, never in an archived session', () => {
    const end = Date.parse('2026-11-22T11:00:00Z');
    expect(candidateTokenValid(session, { extraMinutes: 0 }, new Date(end + (READ_AFTER_END_MINUTES - 1) * MIN))).toBe(true);
    expect(candidateTokenValid(session, { extraMinutes: 0 }, new Date(end + READ_AFTER_END_MINUTES * MIN))).toBe(false);
    expect(candidateTokenValid(session, { extraMinutes: 0, unlockedUntil: '2026-11-22T12:00:00Z' }, at('2026-11-22T12:10:00Z'))).toBe(true);
    expect(candidateTokenValid({ ...session, archivedAt: 'x' }, { extraMinutes: 0 }, at('2026-11-22T09:00:00Z'))).toBe(false);
  });

  describe('scenario clock elapsed time', () => {
    it('is 0 before the start, real pace while running, still during a pause', () => {
      expect(runningElapsedMs(session, at('2026-11-22T07:00:00Z'))).toBe(0);
      expect(runningElapsedMs(session, at('2026-11-22T08:30:00Z'))).toBe(30 * MIN);
      const paused = { ...session, pausedSeconds: 300, pausedAt: '2026-11-22T09:00:00Z' };
      expect(runningElapsedMs(paused, at('2026-11-22T09:00:00Z'))).toBe(55 * MIN);
      expect(runningElapsedMs(paused, at('2026-11-22T09:45:00Z'))).toBe(55 * MIN);
      expect(runningElapsedMs({ ...paused, pausedAt: null, pausedSeconds: 300 + 45 * 60 }, at('2026-11-22T10:00:00Z'))).toBe(70 * MIN);
      expect(runningElapsedMs(null, at('2030-01-01T00:00:00Z'))).toBe(0);
    });
  });
});
