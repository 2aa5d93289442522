/**
 * Juries: assignment to sessions, access limited to those sessions (session routes and every sandbox
 * route through the SandboxGuard), anonymous sessions, marks per criterion and their CSV export.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../server/src/app';
import { loadAppConfig } from '../../server/src/config/app.config';
import { clientBody } from '../support/fixtures';
import { binary } from '../support/pdf';
import { parseCsvRecords } from '../../server/src/candidates/candidate-csv';
import { CreatedSession, sandboxFingerprint, startTestApp, StaffAccount, TestApp } from '../support/test-app';

describe('Jury access and marks', () => {
  let t: TestApp;
  let proctor: StaffAccount;
  let juryA: StaffAccount;
  let juryB: StaffAccount;
  let outsider: StaffAccount;
  let session: CreatedSession;
  let other: CreatedSession;
  let anonymous: CreatedSession;

  const assign = (sessionId: number, userId: number, token = proctor.token) => t.as(token).post(`/api/sessions/${sessionId}/juries`).send({ userId });
  const marksUrl = (s: CreatedSession, index = 0) => `/api/sessions/${s.id}/candidates/${s.candidates[index].id}/marks`;
  const csvOf = (token: string, s: CreatedSession) => t.as(token).get(`/api/sessions/${s.id}/marks.csv`).buffer(true).parse(binary as never);
  const rowsOf = (buffer: Buffer) => parseCsvRecords(buffer.toString('utf8').replace(/^\uFEFF/, ''), ';').map((r) => r.cells);

  beforeAll(async () => {
    t = await startTestApp();
    proctor = await t.createProctor();
    juryA = await t.createJury();
    juryB = await t.createJury();
    outsider = await t.createJury();
    session = await t.createSession(proctor.token, { name: 'Jury — session notée' });
    other = await t.createSession(proctor.token, { name: 'Jury — autre session' });
    anonymous = await t.createSession(proctor.token, {
      name: 'Jury — session anonyme',
      anonymous: true,
      candidates: [
        { name: 'Ophélie Cachée', candidateNumber: 'AN-001', anonymousCode: 'K-41' },
        { name: 'Pierre Masqué', candidateNumber: 'AN-002' },
      ],
    } as never);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('assignment', () => {
    it('assigns a jury (201), idempotently, and lists the session juries', async () => {
      const res = await assign(session.id, juryA.id);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ userId: juryA.id, username: juryA.username, displayName: juryA.displayName, assignedAt: expect.any(String) });
      const again = await assign(session.id, juryA.id, t.adminToken);
      expect(again.status).toBe(201);
      expect(again.body.assignedAt).toBe(res.body.assignedAt);
      expect((await assign(session.id, juryB.id)).status).toBe(201);
      expect((await assign(anonymous.id, juryA.id)).status).toBe(201);
      const list = await t.as(proctor.token).get(`/api/sessions/${session.id}/juries`);
      expect(list.status).toBe(200);
      expect(list.body.map((j: { userId: number }) => j.userId)).toEqual([juryA.id, juryB.id]);
      expect(list.headers['content-range']).toBe('juries 0-1/2');
      // An assigned jury sees who else grades; another jury does not even see the session.
      expect((await t.as(juryA.token).get(`/api/sessions/${session.id}/juries`)).status).toBe(200);
      expect((await t.as(outsider.token).get(`/api/sessions/${session.id}/juries`)).status).toBe(404);
    });

    it('refuses a user who is not a jury, an unknown user or a missing id (422), and juries or candidates (403)', async () => {
      expect((await assign(session.id, proctor.id)).body.errors).toEqual({ userId: 'app.validation.not_a_jury' });
      expect((await assign(session.id, 999999)).body.errors).toEqual({ userId: 'app.validation.not_a_jury' });
      const missing = await t.as(proctor.token).post(`/api/sessions/${session.id}/juries`).send({});
      expect(missing.status).toBe(422);
      expect(missing.body.errors).toEqual({ userId: 'app.validation.required' });
      expect((await assign(session.id, outsider.id, juryA.token)).status).toBe(403);
      expect((await assign(session.id, outsider.id, await t.candidateToken(session))).status).toBe(403);
      expect((await assign(999999, juryA.id)).status).toBe(404);
      const list = await t.as(proctor.token).get(`/api/sessions/${session.id}/juries`);
      expect(list.body).toHaveLength(2);
    });

    it('lets a proctor list the jury accounts (and only them) to pick one; a jury may not list users', async () => {
      const res = await t.as(proctor.token).get('/api/users');
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
      expect(new Set((res.body as { role: string }[]).map((u) => u.role))).toEqual(new Set(['jury']));
      expect((await t.as(juryA.token).get('/api/users')).status).toBe(403);
    });

    it('removes an assignment (then 404 when there is none left to remove)', async () => {
      expect((await assign(other.id, outsider.id)).status).toBe(201);
      expect((await t.as(outsider.token).get(`/api/sessions/${other.id}`)).status).toBe(200);
      const res = await t.as(proctor.token).delete(`/api/sessions/${other.id}/juries/${outsider.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ sessionId: other.id, userId: outsider.id });
      expect((await t.as(outsider.token).get(`/api/sessions/${other.id}`)).status).toBe(404);
      const again = await t.as(proctor.token).delete(`/api/sessions/${other.id}/juries/${outsider.id}`);
      expect(again.status).toBe(404);
      expect(again.body.code).toBe('JURY_NOT_ASSIGNED');
      expect((await t.as(juryA.token).delete(`/api/sessions/${session.id}/juries/${juryB.id}`)).status).toBe(403);
    });
  });

  describe('access', () => {
    it('lists only the sessions a jury is assigned to; staff see them all', async () => {
      const ids = async (token: string) => ((await t.as(token).get('/api/sessions?range=[0,999]')).body as { id: number }[]).map((s) => s.id);
      expect((await ids(juryA.token)).sort()).toEqual([session.id, anonymous.id].sort());
      expect(await ids(outsider.token)).toEqual([]);
      const listed = await t.as(outsider.token).get('/api/sessions');
      expect(listed.headers['content-range']).toBe('sessions 0-0/0');
      expect(await ids(proctor.token)).toEqual(expect.arrayContaining([session.id, other.id, anonymous.id]));
    });

    it('answers 404 for the detail of a session the jury is not assigned to, like an unknown one', async () => {
      expect((await t.as(juryA.token).get(`/api/sessions/${session.id}`)).status).toBe(200);
      const res = await t.as(juryA.token).get(`/api/sessions/${other.id}`);
      const unknown = await t.as(juryA.token).get('/api/sessions/999999');
      expect(res.status).toBe(404);
      expect(res.body).toEqual(unknown.body);
    });

    it("refuses every sandbox route of another session's candidates (404, even writes), changing nothing", async () => {
      const sb = session.candidates[0].sandboxId;
      const fp = sandboxFingerprint(t.dataDir, sb);
      for (const [method, path] of [
        ['get', 'context'],
        ['get', 'third-parties'],
        ['get', 'quotes'],
        ['get', 'journal'],
        ['post', 'third-parties'],
      ] as const) {
        const req = t.as(outsider.token)[method](`/api/sandboxes/${sb}/${path}`);
        const res = method === 'post' ? await req.send(clientBody()) : await req;
        expect([path, res.status, res.body.code]).toEqual([path, 404, 'SANDBOX_NOT_FOUND']);
      }
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(fp);
    });

    it('lets an assigned jury read (200) but not write (403) in the sandboxes of their session', async () => {
      const sb = session.candidates[1].sandboxId;
      const fp = sandboxFingerprint(t.dataDir, sb);
      for (const path of ['context', 'third-parties', 'quotes', 'journal']) expect([path, (await t.as(juryA.token).get(`/api/sandboxes/${sb}/${path}`)).status]).toEqual([path, 200]);
      const write = await t.as(juryA.token).post(`/api/sandboxes/${sb}/third-parties`).send(clientBody());
      expect(write.status).toBe(403);
      expect(write.body.code).toBe('READ_ONLY_ROLE');
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(fp);
    });
  });

  describe('anonymous session', () => {
    const names = ['Ophélie Cachée', 'Pierre Masqué'];

    it('gives a jury candidate numbers and codes, never names: session detail, sandbox context, marks, CSV', async () => {
      const detail = await t.as(juryA.token).get(`/api/sessions/${anonymous.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body.candidates.map((c: { name: string; candidateNumber: string; anonymousCode: string | null }) => [c.name, c.candidateNumber, c.anonymousCode])).toEqual([
        ['Candidat K-41', 'AN-001', 'K-41'],
        ['Candidat n° AN-002', 'AN-002', null],
      ]);
      const context = await t.as(juryA.token).get(`/api/sandboxes/${anonymous.candidates[1].sandboxId}/context`);
      expect(context.body).toMatchObject({ candidateName: 'Candidat n° AN-002', candidateNumber: 'AN-002' });
      expect((await t.as(juryA.token).put(marksUrl(anonymous)).send([{ criterionId: 'TP-CP4', points: 3, maxPoints: 4, comment: 'Encours vérifié' }])).status).toBe(200);
      const marks = await t.as(juryA.token).get(marksUrl(anonymous));
      expect(marks.body).toMatchObject({ name: 'Candidat K-41', candidateNumber: 'AN-001', anonymousCode: 'K-41' });
      const csv = await csvOf(juryA.token, anonymous);
      expect(rowsOf(csv.body as Buffer)[1].slice(1, 4)).toEqual(['AN-001', 'K-41', 'Candidat K-41']);
      for (const body of [JSON.stringify(detail.body), JSON.stringify(context.body), JSON.stringify(marks.body), (csv.body as Buffer).toString('utf8')]) {
        for (const name of names) expect(body).not.toContain(name);
      }
    });

    it('still shows the names to proctors', async () => {
      const detail = await t.as(proctor.token).get(`/api/sessions/${anonymous.id}`);
      expect(detail.body.candidates.map((c: { name: string }) => c.name)).toEqual(names);
      const csv = await csvOf(proctor.token, anonymous);
      expect((csv.body as Buffer).toString('utf8')).toContain('Ophélie Cachée');
    });
  });

  describe('marks', () => {
    it('upserts the calling jury marks per criterion and answers the candidate grid', async () => {
      const res = await t.as(juryA.token).put(marksUrl(session)).send([
        { criterionId: 'CNED-C1.1', points: 3.5, maxPoints: 4, comment: 'Devis complet' },
        { criterionId: 'TP-CP4', points: 2, maxPoints: 4 },
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ sessionId: session.id, candidateId: session.candidates[0].id, name: session.candidates[0].name, canWrite: true });
      expect(res.body.criteria).toHaveLength(35);
      expect(res.body.criteria[0]).toEqual({ id: 'CNED-C1.1', label: expect.any(String) });
      expect(res.body.marks).toEqual([
        { criterionId: 'CNED-C1.1', criterionLabel: expect.any(String), juryId: juryA.id, juryName: juryA.displayName, points: 3.5, maxPoints: 4, comment: 'Devis complet', updatedAt: expect.any(String), mine: true },
        expect.objectContaining({ criterionId: 'TP-CP4', points: 2, maxPoints: 4, comment: null, mine: true }),
      ]);
      // Upsert: the same criterion again changes the mark, it does not add one.
      const again = await t.as(juryA.token).put(marksUrl(session)).send({ marks: [{ criterionId: 'TP-CP4', points: 3.25, maxPoints: 4, comment: 'Contrôle avant validation' }] });
      expect(again.status).toBe(200);
      expect(again.body.marks).toHaveLength(2);
      expect(again.body.marks[1]).toMatchObject({ criterionId: 'TP-CP4', points: 3.25, comment: 'Contrôle avant validation' });
    });

    it("shows a second jury the first one's marks read-only, and keeps each jury's own", async () => {
      const seen = await t.as(juryB.token).get(marksUrl(session));
      expect(seen.status).toBe(200);
      expect(seen.body.marks.every((m: { mine: boolean; juryId: number }) => !m.mine && m.juryId === juryA.id)).toBe(true);
      const own = await t.as(juryB.token).put(marksUrl(session)).send([{ criterionId: 'TP-CP4', points: 4, maxPoints: 4 }]);
      expect(own.body.marks.map((m: { juryId: number; points: number }) => [m.juryId, m.points])).toEqual([
        [juryA.id, 3.5],
        [juryA.id, 3.25],
        [juryB.id, 4],
      ]);
      const proctorView = await t.as(proctor.token).get(marksUrl(session));
      expect(proctorView.status).toBe(200);
      expect(proctorView.body.marks).toHaveLength(3);
      expect(proctorView.body.canWrite).toBe(false);
    });

    it('refuses invalid marks (422 by index) and stores none of the batch', async () => {
      const before = (await t.as(proctor.token).get(marksUrl(session, 1))).body.marks;
      const res = await t.as(juryA.token).put(marksUrl(session, 1)).send([
        { criterionId: 'SC-2.1', points: 2, maxPoints: 4 },
        { criterionId: 'XX-99', points: 1, maxPoints: 4 },
        { criterionId: 'SC-2.2a', points: 5, maxPoints: 4 },
        { criterionId: 'SC-2.2b', points: 1.255, maxPoints: 4, comment: 'x'.repeat(2001) },
        { criterionId: 'SC-2.3', points: -1 },
      ]);
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({
        marks: {
          1: { criterionId: 'app.validation.unknown_criterion' },
          2: { points: 'app.validation.points_above_max' },
          3: { points: 'app.validation.points', comment: 'app.validation.too_long' },
          4: { maxPoints: 'app.validation.required', points: 'app.validation.positive' },
        },
      });
      expect((await t.as(proctor.token).get(marksUrl(session, 1))).body.marks).toEqual(before);
      expect((await t.as(juryA.token).put(marksUrl(session, 1)).send([])).body.errors).toEqual({ marks: 'app.validation.required' });
    });

    it('lets only assigned juries write: 403 for staff, 404 for another jury or a candidate of another session', async () => {
      const body = [{ criterionId: 'SC-2.1', points: 1, maxPoints: 2 }];
      expect((await t.as(proctor.token).put(marksUrl(session)).send(body)).status).toBe(403);
      expect((await t.as(t.adminToken).put(marksUrl(session)).send(body)).status).toBe(403);
      expect((await t.as(outsider.token).put(marksUrl(session)).send(body)).status).toBe(404);
      expect((await t.as(outsider.token).get(marksUrl(session))).status).toBe(404);
      const foreign = await t.as(juryA.token).put(`/api/sessions/${session.id}/candidates/${other.candidates[0].id}/marks`).send(body);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('CANDIDATE_NOT_FOUND');
      const candidate = await t.candidateToken(session);
      expect((await t.as(candidate).get(marksUrl(session))).status).toBe(403);
    });

    it('exports marks.csv: BOM, ";", French headers, one row per candidate × criterion × jury', async () => {
      const res = await csvOf(proctor.token, session);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toContain(`notes-session-${session.id}.csv`);
      const buffer = res.body as Buffer;
      expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = rowsOf(buffer);
      expect(header).toEqual(['Session', 'N° de candidat', "Code d'anonymat", 'Candidat', 'Critère', 'Libellé du critère', 'Jury', 'Note', 'Barème', 'Commentaire', 'Modifié le']);
      expect(rows.map((r) => [r[1], r[4], r[6].includes(juryA.username) ? 'A' : 'B', r[7], r[8], r[9]])).toEqual([
        ['001', 'CNED-C1.1', 'A', '3,50', '4,00', 'Devis complet'],
        ['001', 'TP-CP4', 'A', '3,25', '4,00', 'Contrôle avant validation'],
        ['001', 'TP-CP4', 'B', '4,00', '4,00', ''],
      ]);
      expect(rows[0][0]).toBe('Jury — session notée');
      expect(rows[0][10]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      expect((await csvOf(juryB.token, session)).status).toBe(200);
      expect((await csvOf(outsider.token, session)).status).toBe(404);
      expect((await csvOf(await t.candidateToken(session), session)).status).toBe(403);
    });
  });

  it('assigns demo-jury to the demo training session at boot, so that the demo jury reads it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-demo-'));
    const config = loadAppConfig({ DATA_DIR: dataDir, ADMIN_PASSWORD: 'demo-admin-password', DEMO: 'true', ADMIN_DIST_DIR: path.join(dataDir, 'none') });
    const { app, credentials } = await createApp(config, { logger: false });
    try {
      await app.init();
      const http = request(app.getHttpServer());
      const demoJury = credentials.demo.find((c) => c.username === 'demo-jury')!;
      const token = (await http.post('/api/auth/login').send({ username: demoJury.username, password: demoJury.password })).body.token as string;
      const sessions = await http.get('/api/sessions').set('Authorization', `Bearer ${token}`);
      expect(sessions.status).toBe(200);
      expect(sessions.body).toEqual([expect.objectContaining({ name: 'Session de démonstration (entraînement)', isDemo: true })]);
      const detail = await http.get(`/api/sessions/${sessions.body[0].id}`).set('Authorization', `Bearer ${token}`);
      const sandboxId = detail.body.candidates[0].sandboxId as string;
      expect((await http.get(`/api/sandboxes/${sandboxId}/context`).set('Authorization', `Bearer ${token}`)).status).toBe(200);
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
