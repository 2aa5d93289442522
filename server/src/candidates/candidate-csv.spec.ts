import { detectSeparator, normaliseHeader, parseCandidatesCsv, parseCsvRecords } from './candidate-csv.js';

const none = () => ({ numberKeys: new Set<string>(), anonymousCodes: new Set<string>() });

describe('candidates CSV', () => {
  it('detects the separator of the header line', () => {
    expect(detectSeparator('nom;numero;tiers-temps')).toBe(';');
    expect(detectSeparator('name,candidateNumber,extraMinutes')).toBe(',');
    expect(detectSeparator('"Nom, prénom";numero')).toBe(';');
    expect(detectSeparator('name\tnumber')).toBe('\t');
    expect(detectSeparator('name')).toBe(';');
  });

  it('normalises headers (case, accents, punctuation)', () => {
    expect(normaliseHeader('Numéro')).toBe('numero');
    expect(normaliseHeader("Code d'anonymat")).toBe('codedanonymat');
    expect(normaliseHeader('Tiers-temps')).toBe('tierstemps');
  });

  it('reads quoted cells with separators, quotes and line breaks, keeping the start line of each record', () => {
    const records = parseCsvRecords('a;b\r\n"x;1";"say ""hi"""\n\n"multi\nline";z\n', ';');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;1', 'say "hi"'] },
      { line: 4, cells: ['multi\nline', 'z'] },
    ]);
  });

  it('parses a French export with BOM, ";" and aliases', () => {
    const csv = '\uFEFFNom;Numéro;Tiers-temps;Code d’anonymat\r\nAlice Martin;2026-001;;A1\r\nBruno Leroy;2026-002;30;\r\n';
    const parsed = parseCandidatesCsv(csv.replace('’', "'"), none());
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { line: 2, name: 'Alice Martin', candidateNumber: '2026-001', extraMinutes: 0, anonymousCode: 'A1' },
        { line: 3, name: 'Bruno Leroy', candidateNumber: '2026-002', extraMinutes: 30, anonymousCode: null },
      ],
    });
  });

  it('parses the English header with "," and joins a first-name column', () => {
    expect(parseCandidatesCsv('candidateNumber,name,extraMinutes\n7,Chloé,0\n', none())).toMatchObject({ ok: true, rows: [{ name: 'Chloé', candidateNumber: '7' }] });
    expect(parseCandidatesCsv('nom;prénom;numero\nPetit;Chloé;7\n', none())).toMatchObject({ ok: true, rows: [{ name: 'Chloé Petit' }] });
  });

  it('reports every wrong row by its line, field by field', () => {
    const csv = [
      'name;candidateNumber;extraMinutes;anonymousCode',
      'Alice;001;0;X1', // 2: fine
      ';002;0;', // 3: missing name
      'Bruno;001;0;', // 4: number repeated in the file
      'Chloé;AB-12;30.5;', // 5: not an integer
      'David;ab12;-5;', // 6: same username as AB-12, negative minutes
      'Eve;005;241;x1', // 7: too much extra time, code repeated (case-insensitive)
      `${'N'.repeat(121)};../x;abc;`, // 8: name too long, bad number, not a number
      'Fanny;taken;0;used', // 9: taken in the session
    ].join('\n');
    const parsed = parseCandidatesCsv(csv, { numberKeys: new Set(['taken']), anonymousCodes: new Set(['used']) });
    expect(parsed).toEqual({
      ok: false,
      rows: {
        3: { name: 'app.validation.required' },
        4: { candidateNumber: 'app.validation.duplicate' },
        5: { extraMinutes: 'app.validation.integer' },
        6: { candidateNumber: 'app.validation.duplicate', extraMinutes: 'app.validation.positive' },
        7: { extraMinutes: 'app.validation.too_large', anonymousCode: 'app.validation.duplicate' },
        8: { name: 'app.validation.too_long', candidateNumber: 'app.validation.candidate_number', extraMinutes: 'app.validation.integer' },
        9: { candidateNumber: 'app.validation.duplicate', anonymousCode: 'app.validation.duplicate' },
      },
    });
  });

  it('refuses a file without the required columns, without rows, or too long', () => {
    expect(parseCandidatesCsv('', none())).toEqual({ ok: false, file: 'app.validation.required', rows: {} });
    expect(parseCandidatesCsv('nom;tiers-temps\nAlice;0\n', none())).toEqual({ ok: false, file: 'app.validation.csv_columns', rows: {} });
    expect(parseCandidatesCsv('nom;numero\n\n', none())).toEqual({ ok: false, file: 'app.validation.required', rows: {} });
    const many = ['nom;numero', ...Array.from({ length: 301 }, (_, i) => `C${i};${i}`)].join('\n');
    expect(parseCandidatesCsv(many, none())).toEqual({ ok: false, file: 'app.validation.too_large', rows: {} });
  });
});
