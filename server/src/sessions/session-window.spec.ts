import { candidateAccess, candidateEndsAt, sessionStatus } from './session-window.js';

describe('session window', () => {
  const session = { startsAt: '2026-11-22T08:00:00.000Z', durationMinutes: 180, archivedAt: null };

  it('gives each candidate start + duration + their extra minutes', () => {
    expect(candidateEndsAt(session, 0).toISOString()).toBe('2026-11-22T11:00:00.000Z');
    expect(candidateEndsAt(session, 60).toISOString()).toBe('2026-11-22T12:00:00.000Z');
  });

  it('lets a candidate read before the start, work during, and nothing after their own end', () => {
    expect(candidateAccess(session, 0, new Date('2026-11-22T07:59:59Z'))).toBe('before-start');
    expect(candidateAccess(session, 0, new Date('2026-11-22T08:00:00Z'))).toBe('open');
    expect(candidateAccess(session, 0, new Date('2026-11-22T11:00:00Z'))).toBe('ended');
    expect(candidateAccess(session, 45, new Date('2026-11-22T11:30:00Z'))).toBe('open');
    expect(candidateAccess({ ...session, archivedAt: '2026-11-22T09:00:00Z' }, 0, new Date('2026-11-22T09:30:00Z'))).toBe('ended');
  });

  it('reports planned, running, ended and archived', () => {
    const end = candidateEndsAt(session, 30);
    expect(sessionStatus(session, end, new Date('2026-11-22T07:00:00Z'))).toBe('planned');
    expect(sessionStatus(session, end, new Date('2026-11-22T11:10:00Z'))).toBe('running');
    expect(sessionStatus(session, end, new Date('2026-11-22T11:30:00Z'))).toBe('ended');
    expect(sessionStatus({ ...session, archivedAt: 'x' }, end, new Date('2026-11-22T09:00:00Z'))).toBe('archived');
  });
});
