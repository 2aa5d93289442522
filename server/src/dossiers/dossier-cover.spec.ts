import { buildCover, candidateFileName, candidateLabel, CoverCandidate, CoverSession, minutesText, scenarioDateTime } from './dossier-cover';

const session: CoverSession = {
  name: 'BTS NDRC — session de juin', scenarioTitle: 'Bureau Plus', mode: 'exam', anonymous: false,
  startsAt: '2026-06-10T07:00:00.000Z', durationMinutes: 180, archivedAt: null, startedAt: null, pausedAt: null, pausedSeconds: 0, endedAt: null,
};
const candidate: CoverCandidate = { name: 'Zoé Lefèvre', candidateNumber: '2026-017', anonymousCode: 'K7F2', extraMinutes: 60, extendedMinutes: 10, lockedAt: null };
const rows = (cover: ReturnType<typeof buildCover>) => Object.fromEntries(cover.rows);

describe('dossier cover', () => {
  it('prints times in French, Europe/Paris, with extra time, extensions and pauses', () => {
    const cover = buildCover({ session: { ...session, pausedSeconds: 600 }, candidate, fingerprint: 'ab'.repeat(32), source: 'live', now: new Date('2026-06-10T09:00:00Z') });
    expect(rows(cover)).toMatchObject({
      Session: 'BTS NDRC — session de juin',
      Mode: 'Examen',
      Candidat: 'Candidat n° 2026-017 — Zoé Lefèvre',
      Début: 'mercredi 10 juin 2026 à 09:00',
      // 180 + 60 + 10 minutes + 10 minutes of pause after 09:00 (UTC+2).
      Fin: 'mercredi 10 juin 2026 à 13:20',
      'Temps supplémentaire': '1 h (aménagement) + 10 min (prolongation du surveillant)',
      'Interruptions (pauses)': '10 min',
      Verrouillage: 'non verrouillé',
    });
    expect(cover.fingerprintNote).toContain('n’était pas verrouillé');
    expect(cover.reference).toBe('2026-017');
  });

  it('says when the session ended early and when the snapshot is graded', () => {
    const cover = buildCover({
      session: { ...session, endedAt: '2026-06-10T08:30:00.000Z' }, candidate: { ...candidate, lockedAt: '2026-06-10T08:30:05.000Z' },
      fingerprint: '0'.repeat(64), source: 'snapshot', now: new Date('2026-06-11T09:00:00Z'),
    });
    expect(rows(cover)['Fin (session terminée plus tôt)']).toBe('mercredi 10 juin 2026 à 10:30');
    expect(rows(cover).Verrouillage).toBe('mercredi 10 juin 2026 à 10:30');
    expect(cover.fingerprintNote).toContain('instantané pris au verrouillage');
  });

  it('hides the name in an anonymous session: code, else number', () => {
    const anonymous = { ...session, anonymous: true };
    expect(candidateLabel(anonymous, candidate)).toBe('Candidat K7F2');
    expect(candidateLabel(anonymous, { ...candidate, anonymousCode: null })).toBe('Candidat n° 2026-017');
    const cover = buildCover({ session: anonymous, candidate, fingerprint: '', source: 'live', now: new Date('2026-06-10T09:00:00Z') });
    expect(JSON.stringify(cover)).not.toMatch(/Zoé|Lefèvre/);
    expect(cover.reference).toBe('K7F2');
  });

  it('makes safe file names', () => {
    expect(candidateFileName(session, candidate)).toBe('2026-017-Zoe-Lefevre');
    expect(candidateFileName({ anonymous: true }, candidate)).toBe('2026-017-K7F2');
    expect(candidateFileName({ anonymous: true }, { ...candidate, anonymousCode: null })).toBe('2026-017');
    expect(candidateFileName(session, { ...candidate, name: '../../etc/passwd', candidateNumber: '1/2' })).toBe('1-2-etc-passwd');
  });

  it('formats scenario times and durations', () => {
    expect(scenarioDateTime('2026-03-16T08:42:10')).toBe('16/03/2026 08:42');
    expect(scenarioDateTime('2026-03-16')).toBe('16/03/2026');
    expect(minutesText(45)).toBe('45 min');
    expect(minutesText(90)).toBe('1 h 30');
    expect(minutesText(120)).toBe('2 h');
  });
});
