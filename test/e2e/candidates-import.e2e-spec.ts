/**
 * Candidates added to a session from a CSV file (all or none, per-row errors with line numbers), and
 * the login cards PDF made from the credentials returned once.
 */
import fs from 'node:fs';
import { binary, pdfText } from '../support/pdf';
import { CreatedSession, dataFiles, sandboxFile, startTestApp, StaffAccount, TestApp } from '../support/test-app';

interface Created {
  candidateId: number;
  name: string;
  candidateNumber: string;
  username: string;
  password: string;
  extraMinutes: number;
  anonymousCode: string | null;
  sandboxId: string;
}

const BOM = '\uFEFF';

describe('Candidates import and login cards', () => {
  let t: TestApp;
  let proctor: StaffAccount;
  let jury: StaffAccount;
  let session: CreatedSession;
  let imported: Created[];

  const importCsv = (sessionId: number, csv: string, token = proctor.token) =>
    t.as(token).post(`/api/sessions/${sessionId}/candidates/import`).set('Content-Type', 'text/csv; charset=utf-8').send(csv);

  /** Users, the session's candidates and the data files: equal before and after a refused import. */
  const state = async (sessionId: number) => {
    const users = await t.as(t.adminToken).get('/api/users');
    const detail = await t.as(t.adminToken).get(`/api/sessions/${sessionId}`);
    return { users: users.headers['content-range'], candidates: detail.body.candidates.length, files: dataFiles(t.dataDir) };
  };

  const cardsPdf = (sessionId: number, credentials: { username: string; password: string }[], token = proctor.token) =>
    t.as(token).post(`/api/sessions/${sessionId}/login-cards`).send({ credentials }).buffer(true).parse(binary as never);

  beforeAll(async () => {
    t = await startTestApp();
    proctor = await t.createProctor();
    jury = await t.createJury();
    // Planned for a fixed date (the cards print it), opened by the proctor so that candidates can log in.
    session = await t.createSession(proctor.token, { name: 'Session import', startsAt: '2026-11-23T07:30:00.000Z' });
    const open = await t.as(proctor.token).post(`/api/sessions/${session.id}/open`).send({});
    expect(open.status).toBeLessThan(300);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/sessions/:id/candidates/import', () => {
    beforeAll(async () => {
      const csv = `${BOM}Nom;Numéro;Tiers-temps;Code d'anonymat\r\nChloé Petit;2026-101;;A-17\r\nDavid Roux;2026-102;30;\r\n"Durand; Émilie";2026-103;45;B-02\r\n`;
      const res = await importCsv(session.id, csv);
      expect(res.status).toBe(201);
      imported = res.body.created;
    });

    it('answers 201 with each candidate, their username and their password (once)', () => {
      expect(imported).toHaveLength(3);
      expect(imported[0]).toEqual({
        candidateId: expect.any(Number),
        name: 'Chloé Petit',
        candidateNumber: '2026-101',
        username: `s${session.id}-2026101`,
        password: expect.stringMatching(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/),
        extraMinutes: 0,
        anonymousCode: 'A-17',
        sandboxId: expect.stringMatching(/^sb-[a-f0-9]{16}$/),
      });
      expect(imported.map((c) => [c.name, c.extraMinutes, c.anonymousCode])).toEqual([
        ['Chloé Petit', 0, 'A-17'],
        ['David Roux', 30, null],
        ['Durand; Émilie', 45, 'B-02'],
      ]);
    });

    it('creates the candidates exactly like session creation: a sandbox file each, in the session detail, without passwords', async () => {
      for (const c of imported) expect(fs.existsSync(sandboxFile(t.dataDir, c.sandboxId))).toBe(true);
      const detail = await t.as(proctor.token).get(`/api/sessions/${session.id}`);
      expect(detail.body.candidates).toHaveLength(5);
      expect(detail.body.candidateCount).toBe(5);
      const david = detail.body.candidates.find((c: { candidateNumber: string }) => c.candidateNumber === '2026-102');
      expect(david).toMatchObject({ id: imported[1].candidateId, name: 'David Roux', extraMinutes: 30, username: imported[1].username, sandboxId: imported[1].sandboxId });
      expect(JSON.stringify(detail.body)).not.toContain(imported[1].password);
    });

    it('gives passwords that work: each candidate logs in to their own sandbox', async () => {
      for (const c of imported) {
        const login = await t.http.post('/api/auth/login').send({ username: c.username, password: c.password });
        expect(login.status).toBe(200);
        expect(login.body.user.sandboxId).toBe(c.sandboxId);
        const context = await t.as(login.body.token).get(`/api/sandboxes/${c.sandboxId}/context`);
        expect(context.status).toBe(200);
        expect(context.body).toMatchObject({ candidateName: c.name, candidateNumber: c.candidateNumber, sessionName: 'Session import' });
      }
    });

    it('accepts JSON { csv } with "," separators and English headers', async () => {
      const res = await t.as(proctor.token).post(`/api/sessions/${session.id}/candidates/import`).send({ csv: 'name,candidateNumber,extraMinutes\nEve Blanc,2026-104,10\n' });
      expect(res.status).toBe(201);
      expect(res.body.created).toEqual([expect.objectContaining({ name: 'Eve Blanc', candidateNumber: '2026-104', extraMinutes: 10, anonymousCode: null })]);
    });

    it('reads a spreadsheet saved as Windows-1252 without garbling accents', async () => {
      const res = await t.as(proctor.token).post(`/api/sessions/${session.id}/candidates/import`).set('Content-Type', 'text/csv').send(Buffer.from('Nom;Numéro\r\nZoé Lefèvre;2026-105\r\n', 'latin1'));
      expect(res.status).toBe(201);
      expect(res.body.created[0]).toMatchObject({ name: 'Zoé Lefèvre', candidateNumber: '2026-105' });
    });

    const refusals: [string, string, Record<string, Record<string, string>>][] = [
      ['a number repeated in the file', 'nom;numero\nA;X-1\nB;X-2\nC;x1\n', { 4: { candidateNumber: 'app.validation.duplicate' } }],
      ['a number already in the session', 'nom;numero\nA;Z-9\nB;001\n', { 3: { candidateNumber: 'app.validation.duplicate' } }],
      ['extra minutes that are not an integer', 'nom;numero;tiers-temps\nA;Z-9;abc\nB;Z-10;12.5\n', { 2: { extraMinutes: 'app.validation.integer' }, 3: { extraMinutes: 'app.validation.integer' } }],
      ['extra minutes out of range', 'nom;numero;tiers-temps\nA;Z-9;241\nB;Z-10;-5\nC;Z-11;240\n', { 2: { extraMinutes: 'app.validation.too_large' }, 3: { extraMinutes: 'app.validation.positive' } }],
      ['a missing name', 'nom;numero\nA;Z-9\n;Z-10\n', { 3: { name: 'app.validation.required' } }],
      ['an anonymous code already used', "nom;numero;code d'anonymat\nA;Z-9;a-17\n", { 2: { anonymousCode: 'app.validation.duplicate' } }],
      [
        'several wrong rows at once',
        'name;candidateNumber;extraMinutes\r\nOK;Z-20;0\r\n;Z-21;0\r\nBad number;../x;0\r\nDup;Z-20;x\r\n',
        { 3: { name: 'app.validation.required' }, 4: { candidateNumber: 'app.validation.candidate_number' }, 5: { candidateNumber: 'app.validation.duplicate', extraMinutes: 'app.validation.integer' } },
      ],
    ];

    it.each(refusals)('answers 422 with the line numbers and creates nothing for %s', async (_label, csv, rows) => {
      const before = await state(session.id);
      const res = await importCsv(session.id, csv);
      expect(res.status).toBe(422);
      expect(res.body).toEqual({ code: 'VALIDATION_FAILED', message: expect.any(String), errors: { rows } });
      expect(await state(session.id)).toEqual(before);
    });

    it('refuses a file without the name and number columns, or without any row (422 errors.csv)', async () => {
      const before = await state(session.id);
      expect((await importCsv(session.id, 'prenom;tiers-temps\nA;0\n')).body.errors).toEqual({ csv: 'app.validation.csv_columns' });
      expect((await importCsv(session.id, 'nom;numero\n')).body.errors).toEqual({ csv: 'app.validation.required' });
      const json = await t.as(proctor.token).post(`/api/sessions/${session.id}/candidates/import`).send({ file: 'x' });
      expect(json.status).toBe(422);
      expect(json.body.errors).toEqual({ csv: 'app.validation.required' });
      expect(await state(session.id)).toEqual(before);
    });

    it('refuses a jury and a candidate (403), an unknown session (404), an ended session (409)', async () => {
      const csv = 'nom;numero\nA;Z-30\n';
      const candidate = await t.candidateToken(session);
      expect((await importCsv(session.id, csv, jury.token)).status).toBe(403);
      expect((await importCsv(session.id, csv, candidate)).status).toBe(403);
      expect((await importCsv(999999, csv)).status).toBe(404);
      const ended = await t.createSession(proctor.token, { name: 'Terminée', startsAt: new Date(Date.now() - 5 * 3600_000).toISOString(), durationMinutes: 60 });
      const before = await state(ended.id);
      const res = await importCsv(ended.id, csv);
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ code: 'SESSION_CLOSED_TO_CANDIDATES', message: expect.stringContaining('terminée') });
      expect(await state(ended.id)).toEqual(before);
    });

    it('takes anonymous codes at session creation too, unique in the session', async () => {
      const created = await t.createSession(proctor.token, {
        name: 'Anonyme',
        candidates: [
          { name: 'Gina', candidateNumber: '1', anonymousCode: 'K1' },
          { name: 'Hugo', candidateNumber: '2', anonymousCode: 'K2' },
        ] as never,
      });
      expect(created.candidates.map((c) => (c as unknown as { anonymousCode: string }).anonymousCode)).toEqual(['K1', 'K2']);
      const dup = await t.as(proctor.token).post('/api/sessions').send({
        name: 'x', scenarioId: created.scenarioId, mode: 'exam', startsAt: new Date().toISOString(), durationMinutes: 60,
        candidates: [{ name: 'A', candidateNumber: '1', anonymousCode: 'Q' }, { name: 'B', candidateNumber: '2', anonymousCode: 'q' }],
      });
      expect(dup.status).toBe(422);
      expect(dup.body.errors).toEqual({ candidates: { 1: { anonymousCode: 'app.validation.duplicate' } } });
      const taken = await importCsv(created.id, 'nom;numero;anonymat\nIris;3;k2\n');
      expect(taken.body.errors).toEqual({ rows: { 2: { anonymousCode: 'app.validation.duplicate' } } });
    });
  });

  describe('POST /api/sessions/:id/login-cards', () => {
    it('answers a PDF holding each username, password, name, number, the session and the start in French', async () => {
      const credentials = [...session.candidates.map((c) => ({ username: c.username, password: c.password })), ...imported.map((c) => ({ username: c.username, password: c.password }))];
      const res = await cardsPdf(session.id, credentials);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/pdf/);
      expect(res.headers['content-disposition']).toContain(`cartes-connexion-session-${session.id}.pdf`);
      const text = pdfText(res.body as Buffer);
      for (const c of credentials) {
        expect(text).toContain(c.username);
        expect(text).toContain(c.password);
      }
      expect(text).toContain('Chloé Petit');
      expect(text).toContain('N° de candidat : 2026-103');
      expect(text).toContain('Session import');
      // 2026-11-23T07:30Z is 08:30 in Paris (winter time).
      expect(text).toContain('lundi 23 novembre 2026 à 08:30');
      expect(text).toContain("Vos actions dans l'application sont enregistrées");
      expect(text.match(/CARTE DE CONNEXION/g)).toHaveLength(5);
    });

    it('prints the address the proctor used when it is not this machine only', async () => {
      const c = imported[0];
      const res = await t.as(proctor.token).post(`/api/sessions/${session.id}/login-cards`).set('Origin', 'https://comptoir.lycee.example').send({ credentials: [c] }).buffer(true).parse(binary as never);
      expect(pdfText(res.body as Buffer)).toContain('https://comptoir.lycee.example');
      const local = await t.as(proctor.token).post(`/api/sessions/${session.id}/login-cards`).set('Origin', 'http://localhost:3000').send({ credentials: [c] }).buffer(true).parse(binary as never);
      expect(pdfText(local.body as Buffer)).not.toContain('Adresse :');
    });

    it('shows only the candidate number in an anonymous session', async () => {
      const anonymous = await t.createSession(proctor.token, { name: 'Anonyme cartes', anonymous: true, candidates: [{ name: 'Julia Secret', candidateNumber: 'AN-1' }] } as never);
      const c = anonymous.candidates[0];
      const res = await cardsPdf(anonymous.id, [{ username: c.username, password: c.password }]);
      expect(res.status).toBe(200);
      const text = pdfText(res.body as Buffer);
      expect(text).toContain('Candidat n° AN-1');
      expect(text).not.toContain('Julia Secret');
    });

    it('refuses usernames that are not candidates of this session and wrong passwords (422, by index)', async () => {
      const other = await t.createSession(proctor.token, { name: 'Autre' });
      const c = imported[0];
      const res = await cardsPdf(session.id, [
        { username: c.username, password: c.password },
        { username: other.candidates[0].username, password: other.candidates[0].password },
        { username: 'admin', password: 'x' },
        { username: imported[1].username, password: 'aaaa-bbbb-cccc' },
        { username: c.username, password: c.password },
      ]);
      expect(res.status).toBe(422);
      const body = JSON.parse((res.body as Buffer).toString('utf8'));
      expect(body.errors).toEqual({
        credentials: {
          1: { username: 'app.validation.not_a_candidate_of_session' },
          2: { username: 'app.validation.not_a_candidate_of_session' },
          3: { password: 'app.validation.password_mismatch' },
          4: { username: 'app.validation.duplicate' },
        },
      });
      const empty = await t.as(proctor.token).post(`/api/sessions/${session.id}/login-cards`).send({ credentials: [] });
      expect(empty.status).toBe(422);
      expect(empty.body.errors).toEqual({ credentials: 'app.validation.required' });
    });

    it('is for proctors and admins only', async () => {
      const c = imported[0];
      expect((await cardsPdf(session.id, [c], jury.token)).status).toBe(403);
      expect((await cardsPdf(session.id, [c], t.adminToken)).status).toBe(200);
      expect((await cardsPdf(999999, [c])).status).toBe(404);
    });
  });
});
