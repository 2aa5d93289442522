import { marksTable, parseMarks, parisDateTime, toHundredths } from './marks.js';
import { toCsv } from '../common/export/csv.js';
import { candidateLabelFor } from './jury-access.js';
import { parseCsvRecords } from '../candidates/candidate-csv.js';

describe('jury marks', () => {
  it('converts points with at most 2 decimals to hundredths', () => {
    expect(toHundredths(12.5)).toBe(1250);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(12.345)).toBeNull();
    expect(toHundredths('12')).toBeNull();
    expect(toHundredths(Number.NaN)).toBeNull();
  });

  it('accepts an array or { marks } and validates each item', () => {
    expect(parseMarks([{ criterionId: 'TP-CP4', points: 3.5, maxPoints: 4, comment: ' Bien ' }])).toEqual({
      ok: true,
      marks: [{ criterionId: 'TP-CP4', pointsHundredths: 350, maxPointsHundredths: 400, comment: 'Bien' }],
    });
    expect(parseMarks({ marks: [{ criterionId: 'SC-2.1', maxPoints: 5 }] })).toMatchObject({ ok: true, marks: [{ pointsHundredths: null, comment: null }] });
    expect(parseMarks([])).toEqual({ ok: false, errors: { marks: 'app.validation.required' } });
    expect(parseMarks('x')).toEqual({ ok: false, errors: { marks: 'app.validation.required' } });
    expect(
      parseMarks([
        { criterionId: 'XX-1', points: 1, maxPoints: 2 },
        { criterionId: 'TP-CP4', points: 5, maxPoints: 4 },
        { criterionId: 'TP-CP4', points: 1.234, maxPoints: 4 },
        { criterionId: 'SC-2.1', points: -1, maxPoints: 0, comment: 'x'.repeat(2001) },
        { criterionId: 'SC-2.2a', points: '3', maxPoints: '4' },
      ]),
    ).toEqual({
      ok: false,
      errors: {
        marks: {
          0: { criterionId: 'app.validation.unknown_criterion' },
          1: { points: 'app.validation.points_above_max' },
          2: { criterionId: 'app.validation.duplicate', points: 'app.validation.points' },
          3: { maxPoints: 'app.validation.positive', points: 'app.validation.positive', comment: 'app.validation.too_long' },
          4: { maxPoints: 'app.validation.number', points: 'app.validation.number' },
        },
      },
    });
  });

  it('writes the CSV with French headers, decimal commas, sorted by candidate then criterion order then jury', () => {
    const row = { anonymousCode: null, candidate: 'Alice', jury: 'Jury B', maxPointsHundredths: 400, comment: null, updatedAt: '2026-03-16T07:30:00.000Z' };
    const csv = toCsv(
      marksTable('Session; test', [
        { ...row, candidateNumber: '10', criterionId: 'CNED-C1.1', pointsHundredths: 350 },
        { ...row, candidateNumber: '2', criterionId: 'TP-CP4', pointsHundredths: 400, comment: 'Encours "vérifié"' },
        { ...row, candidateNumber: '2', criterionId: 'CNED-C1.1', pointsHundredths: null, jury: 'Jury A' },
      ]),
    ).toString('utf8');
    const [header, ...rows] = parseCsvRecords(csv.replace(/^\uFEFF/, ''), ';').map((r) => r.cells);
    expect(header.join('|')).toBe("Session|N° de candidat|Code d'anonymat|Candidat|Critère|Libellé du critère|Jury|Note|Barème|Commentaire|Modifié le");
    expect(rows.map((r) => [r[0], r[1], r[4], r[6], r[7], r[8], r[9], r[10]])).toEqual([
      ['Session; test', '2', 'CNED-C1.1', 'Jury A', '', '4,00', '', '16/03/2026 08:30'],
      ['Session; test', '2', 'TP-CP4', 'Jury B', '4,00', '4,00', 'Encours "vérifié"', '16/03/2026 08:30'],
      ['Session; test', '10', 'CNED-C1.1', 'Jury B', '3,50', '4,00', '', '16/03/2026 08:30'],
    ]);
    expect(rows[1][5]).toBe('Encours client vérifié avant la commande ; procédure de recouvrement suivie');
    expect(csv).toContain('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parisDateTime('2026-07-01T12:00:00Z')).toBe('01/07/2026 14:00');
  });

  it('labels candidates by code or number for a jury in an anonymous session only', () => {
    const c = { name: 'Alice Martin', candidateNumber: '2026-001', anonymousCode: null };
    expect(candidateLabelFor({ role: 'jury' }, { anonymous: true }, c)).toBe('Candidat n° 2026-001');
    expect(candidateLabelFor({ role: 'jury' }, { anonymous: true }, { ...c, anonymousCode: 'K7' })).toBe('Candidat K7');
    expect(candidateLabelFor({ role: 'jury' }, { anonymous: false }, c)).toBe('Alice Martin');
    expect(candidateLabelFor({ role: 'proctor' }, { anonymous: true }, c)).toBe('Alice Martin');
  });
});
