/**
 * Session lifecycle with a controllable clock (t.clock): planned → open → start → pause/resume →
 * per-candidate end with extra time (lock + snapshot, 423 on every write route, reads OK) → incident
 * unlock → extension → early end → archive; refusals (409/422) change nothing; roles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { clientBody, journalOf, listAll, Row } from '../support/fixtures';
import { Client, CreatedSession, fileFingerprint, sandboxFingerprint, StaffAccount, startTestApp, TestApp, withSqlite } from '../support/test-app';
import { SandboxRoute, sandboxRoutes } from '../support/sandbox-routes';

const MINUTE = 60_000;

const label = (r: SandboxRoute) => `${r.method.toUpperCase()} ${r.path}`;

describe('Session lifecycle', () => {
  let t: TestApp;
  let proctor: StaffAccount;
  let jury: StaffAccount;
  let session: CreatedSession;
  let sbA: string;
  let sbB: string;
  let candidateA: Client;
  let candidateB: Client;
  let idA: number;
  let idB: number;
  let client: Row;
  let good: Row;
  let routes: SandboxRoute[];
  /** Status of each list/read route for A while A may write: the same answers are expected once locked. */
  let readsWhileWriting: Record<string, number>;
  const readRoutes = () => routes.filter((r) => r.method === 'get' && !/:(?!sandboxId)\w+/.test(r.path));
  const readStatuses = async (who: Client, sb: string) => {
    const out: Record<string, number> = {};
    for (const route of readRoutes()) out[label(route)] = (await who.get(route.path.replace(':sandboxId', sb))).status;
    return out;
  };
  const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
  /** Start time of the session: one hour after T0. */
  const STARTS_AT = new Date(T0.getTime() + 60 * MINUTE);

  const controlFile = () => path.join(t.dataDir, 'control.sqlite');
  const controlState = () => fileFingerprint(controlFile());
  const candidateRow = (id: number) => withSqlite(controlFile(), (db) => db.prepare('SELECT * FROM candidate WHERE id = ?').get(id)) as Record<string, unknown>;
  const sessionRow = () => withSqlite(controlFile(), (db) => db.prepare('SELECT * FROM session WHERE id = ?').get(session.id)) as Record<string, unknown>;
  const proctorAs = () => t.as(proctor.token);
  const act = (action: string, body: Record<string, unknown> = {}) => proctorAs().post(`/api/sessions/${session.id}/${action}`).send(body);
  const onCandidate = (id: number, action: string, body: Record<string, unknown>) => proctorAs().post(`/api/sessions/${session.id}/candidates/${id}/${action}`).send(body);
  const newClient = (who: Client, name: string) =>
    who.post(`/api/sandboxes/${who === candidateA ? sbA : sbB}/third-parties`).send(clientBody({ name }));
  const writeQuote = (who: Client, sb: string) => who.post(`/api/sandboxes/${sb}/quotes`).send({ clientId: client.id, lines: [{ productId: good.id, quantity: 1 }] });
  const scenarioNow = async (who: Client, sb: string) => (await who.get(`/api/sandboxes/${sb}/context`)).body.scenarioNow as string;

  /** A request refused with a coded 409/422 must change nothing in the control database. */
  const refusedUnchanged = async (send: () => PromiseLike<{ status: number; body: Record<string, unknown> }>, status: number, code?: string | RegExp) => {
    const before = controlState();
    const res = await send();
    expect({ status: res.status, body: res.body }).toMatchObject({ status, body: code ? { code } : {} });
    expect(typeof res.body.message).toBe('string');
    expect(controlState()).toBe(before);
    return res;
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(T0);
    proctor = await t.createProctor('surveillant-cycle');
    jury = await t.createJury('jury-cycle');
    session = await t.createSession(proctor.token, {
      name: 'BTS — épreuve chronométrée',
      startsAt: STARTS_AT.toISOString(),
      durationMinutes: 60,
      candidates: [
        { name: 'Alice Sans-Tiers', candidateNumber: 'A01', extraMinutes: 0 },
        { name: 'Bruno Tiers-Temps', candidateNumber: 'B02', extraMinutes: 20 },
      ],
    });
    [sbA, sbB] = session.candidates.map((c) => c.sandboxId);
    [idA, idB] = session.candidates.map((c) => c.id);
    routes = sandboxRoutes(t);
    const admin = t.as(t.adminToken);
    client = (await listAll(admin, `/api/sandboxes/${sbA}/third-parties`)).find((x) => x.isClient && x.zone === 'fr' && x.customerType === 'b2b')!;
    good = (await listAll(admin, `/api/sandboxes/${sbA}/products`)).find((p) => p.type === 'good' && (p.onHand as number) > 0)!;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is planned an hour before the start: exam candidates cannot log in yet (403 SESSION_NOT_OPEN)', async () => {
    const res = await proctorAs().get(`/api/sessions/${session.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'planned', paused: false, openedAt: null, startedAt: null, locksAtEnd: true, lockAtEnd: true });
    const login = await t.http.post('/api/auth/login').send({ username: session.candidates[0].username, password: session.candidates[0].password });
    expect(login.status).toBe(403);
    expect(login.body).toEqual({ code: 'SESSION_NOT_OPEN', message: expect.stringMatching(/pas encore ouverte/) });
  });

  it('refuses every proctor action to a jury (403), and a jury not assigned to the session cannot see its live view (404)', async () => {
    const before = controlState();
    const actions = ['open', 'start', 'pause', 'resume', 'end', 'archive', `candidates/${idA}/extend`, `candidates/${idA}/unlock`];
    for (const action of actions) {
      const res = await t.as(jury.token).post(`/api/sessions/${session.id}/${action}`).send({ reason: 'Essai', minutes: 5 });
      expect({ action, status: res.status, code: res.body.code }).toEqual({ action, status: 403, code: 'FORBIDDEN' });
    }
    expect((await t.as(jury.token).get(`/api/sessions/${session.id}/live`)).status).toBe(404);
    expect((await t.as(jury.token).get(`/api/sessions/${session.id}/events`)).status).toBe(404);
    expect(controlState()).toBe(before);
  });

  describe('open', () => {
    it('opens on the proctor\'s action: candidates log in and read, writes are refused (423 SESSION_NOT_STARTED), the scenario clock stands still', async () => {
      const res = await act('open', { reason: 'Candidats installés' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'open', openedAt: T0.toISOString(), startedAt: null });
      await refusedUnchanged(() => act('open'), 409, 'SESSION_ALREADY_OPEN');

      candidateA = t.as(await t.candidateToken(session, 0));
      candidateB = t.as(await t.candidateToken(session, 1));
      expect(candidateRow(idA).firstLoginAt).toBe(T0.toISOString());
      expect((await candidateA.get(`/api/sandboxes/${sbA}/company`)).status).toBe(200);
      const before = sandboxFingerprint(t.dataDir, sbA);
      const write = await newClient(candidateA, 'Trop tôt SARL');
      expect(write.status).toBe(423);
      expect(write.body.code).toBe('SESSION_NOT_STARTED');
      expect(sandboxFingerprint(t.dataDir, sbA)).toBe(before);

      const start = await scenarioNow(candidateA, sbA);
      t.clock.advanceMinutes(10);
      expect(await scenarioNow(candidateA, sbA)).toBe(start);
    });

    it('refuses every proctor action to a candidate (403), even on their own session', async () => {
      const before = controlState();
      for (const action of ['open', 'start', 'pause', 'resume', 'end', 'archive', `candidates/${idA}/extend`, `candidates/${idA}/unlock`]) {
        const res = await candidateA.post(`/api/sessions/${session.id}/${action}`).send({ reason: 'Moi', minutes: 60 });
        expect({ action, status: res.status }).toEqual({ action, status: 403 });
      }
      for (const url of ['live', 'events']) expect((await candidateA.get(`/api/sessions/${session.id}/${url}`)).status).toBe(403);
      expect(controlState()).toBe(before);
    });
  });

  let startedAt: number;
  let scenarioAtStart: string;

  describe('start, pause, resume', () => {
    it('starts on the signal (before the planned time): writes are accepted and the scenario clock runs', async () => {
      scenarioAtStart = await scenarioNow(candidateA, sbA);
      const res = await act('start');
      expect(res.status).toBe(200);
      startedAt = t.clock.now().getTime();
      expect(res.body).toMatchObject({ status: 'running', startedAt: new Date(startedAt).toISOString(), paused: false });
      const a = res.body.candidates.find((c: { id: number }) => c.id === idA);
      const b = res.body.candidates.find((c: { id: number }) => c.id === idB);
      expect(a.endsAt).toBe(new Date(startedAt + 60 * MINUTE).toISOString());
      expect(b.endsAt).toBe(new Date(startedAt + 80 * MINUTE).toISOString());
      await refusedUnchanged(() => act('start'), 409, 'SESSION_ALREADY_STARTED');
      await refusedUnchanged(() => act('open'), 409, 'SESSION_ALREADY_STARTED');

      expect((await newClient(candidateA, 'Premier client SARL')).status).toBe(201);
      expect((await writeQuote(candidateA, sbA)).status).toBe(201);
      readsWhileWriting = await readStatuses(candidateA, sbA);
      t.clock.advanceMinutes(10);
      const now = await scenarioNow(candidateA, sbA);
      expect(Date.parse(`${now}Z`) - Date.parse(`${scenarioAtStart}Z`)).toBe(10 * MINUTE);
    });

    it('refuses a pause without a reason (422), and nothing changes', async () => {
      for (const body of [{}, { reason: '   ' }, { reason: 42 }]) {
        const res = await refusedUnchanged(() => act('pause', body), 422);
        expect(res.body.errors).toEqual({ reason: expect.stringMatching(/^app\.validation\.(required|string)$/) });
      }
    });

    let frozenAt: string;
    let remainingAtPause: number;

    it('pauses: every write gets 423 "Session en pause : …", reads work, the scenario clock and the remaining time stand still', async () => {
      const res = await act('pause', { reason: 'Alarme incendie' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'running', paused: true, pausedAt: t.clock.now().toISOString() });
      remainingAtPause = res.body.candidates.find((c: { id: number }) => c.id === idA).remainingSeconds;
      await refusedUnchanged(() => act('pause', { reason: 'Encore' }), 409, 'SESSION_ALREADY_PAUSED');

      const before = sandboxFingerprint(t.dataDir, sbA);
      const write = await newClient(candidateA, 'Pendant la pause SARL');
      expect(write.status).toBe(423);
      expect(write.body).toEqual({ code: 'SESSION_PAUSED', message: expect.stringMatching(/^Session en pause : /) });
      expect((await candidateB.put(`/api/sandboxes/${sbB}/company`).send({ phone: '04 78 00 00 00' })).status).toBe(423);
      expect(sandboxFingerprint(t.dataDir, sbA)).toBe(before);
      expect((await candidateA.get(`/api/sandboxes/${sbA}/third-parties`)).status).toBe(200);
      const context = await candidateA.get(`/api/sandboxes/${sbA}/context`);
      expect(context.body).toMatchObject({ writable: false, lockReason: 'SESSION_PAUSED', paused: true });

      frozenAt = await scenarioNow(candidateA, sbA);
      t.clock.advanceMinutes(15);
      expect(await scenarioNow(candidateA, sbA)).toBe(frozenAt);
      const live = await proctorAs().get(`/api/sessions/${session.id}/live`);
      expect(live.body.session).toMatchObject({ paused: true, status: 'running' });
      expect(live.body.candidates.find((c: { candidateId: number }) => c.candidateId === idA).remainingSeconds).toBe(remainingAtPause);
    });

    it('resumes: every end moves back by the pause, writes are accepted again, the scenario clock runs on', async () => {
      const res = await act('resume');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ paused: false, pausedAt: null, pausedSeconds: 15 * 60 });
      const a = res.body.candidates.find((c: { id: number }) => c.id === idA);
      expect(a.endsAt).toBe(new Date(startedAt + 75 * MINUTE).toISOString());
      expect(a.remainingSeconds).toBe(remainingAtPause);
      await refusedUnchanged(() => act('resume'), 409, 'SESSION_NOT_PAUSED');
      expect((await newClient(candidateA, 'Après la pause SARL')).status).toBe(201);
      t.clock.advanceMinutes(5);
      expect(Date.parse(`${await scenarioNow(candidateA, sbA)}Z`) - Date.parse(`${frozenAt}Z`)).toBe(5 * MINUTE);
    });
  });

  describe("candidate A's end (B has 20 extra minutes)", () => {
    let lockedSnapshot: string;

    it('locks A at their end: snapshot under data/snapshots/<id>/locked-….sqlite equal to the sandbox, lock event', async () => {
      // 10 + 5 minutes of work + 15 of pause so far: A's end is 45 minutes away.
      t.clock.set(startedAt + 75 * MINUTE - 1000);
      expect((await newClient(candidateA, 'Dernière seconde SARL')).status).toBe(201);
      t.clock.advance(1000);
      expect(await t.sweepLocks()).toBe(1);
      const row = candidateRow(idA);
      expect(row.lockedAt).toBe(t.clock.now().toISOString());
      lockedSnapshot = row.lockedSnapshot as string;
      expect(lockedSnapshot).toMatch(new RegExp(`^snapshots/${sbA}/locked-.*\\.sqlite$`));
      const file = path.join(t.dataDir, lockedSnapshot);
      expect(fs.existsSync(file)).toBe(true);
      expect(fileFingerprint(file)).toBe(sandboxFingerprint(t.dataDir, sbA));
      // A standalone file (no WAL): it reads, copies and zips on its own.
      expect(withSqlite(file, (db) => db.pragma('journal_mode', { simple: true }))).toBe('delete');
      expect(candidateRow(idB).lockedAt).toBeNull();
      expect(await t.sweepLocks()).toBe(0);
    });

    it('answers 423 SANDBOX_LOCKED to A on every write route of the sandbox, and A\'s sandbox does not change', async () => {
      const before = sandboxFingerprint(t.dataDir, sbA);
      const writes = routes.filter((r) => r.method !== 'get' && !r.path.endsWith('/reset'));
      expect(writes.length).toBeGreaterThan(40);
      const problems: string[] = [];
      for (const route of writes) {
        // The guard refuses before any validation or lookup: any id and body will do.
        const url = route.path.replace(':sandboxId', sbA).replace(/:(\w+)/g, '1');
        const res = await candidateA[route.method](url).send({});
        if (res.status !== 423 || res.body.code !== 'SANDBOX_LOCKED' || !/verrouillé/.test(res.body.message)) problems.push(`${label(route)} → ${res.status} ${JSON.stringify(res.body)}`);
      }
      expect(problems).toEqual([]);
      expect(sandboxFingerprint(t.dataDir, sbA)).toBe(before);
      expect(fileFingerprint(path.join(t.dataDir, lockedSnapshot))).toBe(before);
    });

    it('still answers A on every list and read route, as while A could write (200)', async () => {
      expect(readRoutes().length).toBeGreaterThan(15);
      const after = await readStatuses(candidateA, sbA);
      expect(after).toEqual(readsWhileWriting);
      // Only a route closed to exam candidates anyway (their own checks) may differ from 200.
      expect(Object.entries(after).filter(([route, status]) => status !== 200 && !route.endsWith('/checks'))).toEqual([]);
      const context = await candidateA.get(`/api/sandboxes/${sbA}/context`);
      expect(context.body).toMatchObject({ writable: false, lockReason: 'SANDBOX_LOCKED', remainingSeconds: 0 });
    });

    it('lets B (extra time) keep writing', async () => {
      expect((await newClient(candidateB, 'Tiers-temps SARL')).status).toBe(201);
      expect((await writeQuote(candidateB, sbB)).status).toBe(201);
    });

    it("shows each candidate's state, remaining time, last action and documents in the live view", async () => {
      const res = await proctorAs().get(`/api/sessions/${session.id}/live`);
      expect(res.status).toBe(200);
      expect(res.body.session).toMatchObject({ status: 'running', paused: false, serverNow: t.clock.now().toISOString() });
      const a = res.body.candidates.find((c: { candidateId: number }) => c.candidateId === idA);
      const b = res.body.candidates.find((c: { candidateId: number }) => c.candidateId === idB);
      expect(a).toMatchObject({ candidateNumber: 'A01', name: 'Alice Sans-Tiers', state: 'ended', remainingSeconds: 0, locked: true, lockedAt: expect.any(String) });
      expect(a.documents).toEqual({ quotes: 1, orders: 0, deliveryNotes: 0, invoices: 0, creditNotes: 0, messagesSent: 0, reminders: 0 });
      expect(a.lastAction).toMatch(/Dernière seconde SARL|third/i);
      expect(b).toMatchObject({ state: 'working', remainingSeconds: 20 * 60, endsAt: new Date(startedAt + 95 * MINUTE).toISOString(), idleMinutes: null });
      expect(b.documents.quotes).toBe(1);
      expect(b.lastActionAt).toEqual(expect.any(String));
    });

    it('shows a candidate idle after 5 minutes without activity', async () => {
      t.clock.advanceMinutes(6);
      const res = await proctorAs().get(`/api/sessions/${session.id}/live`);
      const b = res.body.candidates.find((c: { candidateId: number }) => c.candidateId === idB);
      expect(b).toMatchObject({ state: 'idle', idleMinutes: expect.any(Number) });
      expect(b.idleMinutes).toBeGreaterThanOrEqual(5);
    });
  });

  describe('incident unlock', () => {
    it('refuses bad input (422) and a candidate whose time is not over (409), changing nothing', async () => {
      for (const body of [{ reason: 'Panne' }, { minutes: 10 }, { minutes: 0, reason: 'Panne' }, { minutes: 61, reason: 'Panne' }, { minutes: 'dix', reason: 'Panne' }]) {
        const res = await refusedUnchanged(() => onCandidate(idA, 'unlock', body), 422);
        expect(Object.keys(res.body.errors as object).length).toBeGreaterThan(0);
      }
      await refusedUnchanged(() => onCandidate(idB, 'unlock', { minutes: 10, reason: 'Panne' }), 409, 'CANDIDATE_NOT_ENDED');
      await refusedUnchanged(() => onCandidate(999999, 'unlock', { minutes: 10, reason: 'Panne' }), 404, 'CANDIDATE_NOT_FOUND');
    });

    it('unlocks A for 10 minutes: writes accepted, journaled in the session and the sandbox; the next end locks again with a new snapshot', async () => {
      const res = await onCandidate(idA, 'unlock', { minutes: 10, reason: 'Poste figé pendant 8 minutes' });
      expect(res.status).toBe(200);
      const a = res.body.candidates.find((c: { id: number }) => c.id === idA);
      expect(a).toMatchObject({ locked: false, lockedAt: null, access: 'write', remainingSeconds: 600, unlockedUntil: new Date(t.clock.now().getTime() + 10 * MINUTE).toISOString() });
      expect((await newClient(candidateA, 'Rattrapage SARL')).status).toBe(201);
      const journal = await journalOf(candidateA, sbA);
      const unlock = journal.find((e) => e.action === 'unlock')!;
      expect(unlock).toMatchObject({ resource: 'sandbox', username: proctor.username, role: 'proctor' });
      expect(unlock.label).toMatch(/Poste figé pendant 8 minutes/);
      expect((await candidateA.get(`/api/sandboxes/${sbA}/journal/verify`)).body).toMatchObject({ ok: true });

      t.clock.advanceMinutes(10);
      const write = await newClient(candidateA, 'Trop tard SARL');
      expect(write.status).toBe(423);
      // The first request after the end locked it (no sweep needed).
      const row = candidateRow(idA);
      expect(row.lockedAt).toBe(t.clock.now().toISOString());
      const snapshots = fs.readdirSync(path.join(t.dataDir, 'snapshots', sbA)).filter((f) => /^locked-.*\.sqlite$/.test(f));
      expect(snapshots).toHaveLength(2);
      expect(fileFingerprint(path.join(t.dataDir, row.lockedSnapshot as string))).toBe(sandboxFingerprint(t.dataDir, sbA));
    });
  });

  describe('extension, early end, archive', () => {
    it('refuses bad minutes (422) and an extension for a candidate whose time is over (409)', async () => {
      for (const body of [{ reason: 'Tiers-temps oublié' }, { minutes: 241, reason: 'x' }, { minutes: 0, reason: 'x' }, { minutes: 10 }, { minutes: 10, reason: '' }]) {
        await refusedUnchanged(() => onCandidate(idB, 'extend', body), 422);
      }
      await refusedUnchanged(() => onCandidate(idA, 'extend', { minutes: 10, reason: 'Trop tard' }), 409, 'CANDIDATE_TIME_OVER');
    });

    it('extends B by 10 minutes', async () => {
      const res = await onCandidate(idB, 'extend', { minutes: 10, reason: 'Tiers-temps oublié dans la convocation' });
      expect(res.status).toBe(200);
      const b = res.body.candidates.find((c: { id: number }) => c.id === idB);
      expect(b).toMatchObject({ extendedMinutes: 10, endsAt: new Date(startedAt + 105 * MINUTE).toISOString() });
    });

    it('refuses archiving a running session (409)', async () => {
      await refusedUnchanged(() => act('archive'), 409, 'SESSION_STILL_RUNNING');
    });

    it('refuses an early end without a reason (422), then ends early: B is locked and snapshotted at once', async () => {
      await refusedUnchanged(() => act('end', {}), 422);
      const res = await act('end', { reason: 'Coupure de courant' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ended', endedAt: t.clock.now().toISOString() });
      const b = candidateRow(idB);
      expect(b.lockedAt).toBe(t.clock.now().toISOString());
      expect(fileFingerprint(path.join(t.dataDir, b.lockedSnapshot as string))).toBe(sandboxFingerprint(t.dataDir, sbB));
      const write = await newClient(candidateB, 'Après la fin SARL');
      expect(write.status).toBe(423);
      expect(write.body.code).toBe('SANDBOX_LOCKED');
      await refusedUnchanged(() => act('end', { reason: 'Encore' }), 409, 'SESSION_ALREADY_ENDED');
      await refusedUnchanged(() => act('pause', { reason: 'Trop tard' }), 409, 'SESSION_ALREADY_ENDED');
      await refusedUnchanged(() => act('start'), 409, 'SESSION_ALREADY_ENDED');
    });

    it('lets an assigned jury read the live view and the events', async () => {
      withSqlite(controlFile(), (db) => db.prepare('INSERT INTO session_jury (sessionId, userId, assignedAt) VALUES (?, ?, ?)').run(session.id, jury.id, T0.toISOString()), { readonly: false });
      expect((await t.as(jury.token).get(`/api/sessions/${session.id}/live`)).status).toBe(200);
      expect((await t.as(jury.token).get(`/api/sessions/${session.id}/events`)).status).toBe(200);
    });

    it('archives: candidates lose access (401 on their tokens, 403 at login), every action is refused (409)', async () => {
      const res = await act('archive', { reason: 'Copies remises au jury' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'archived', archivedAt: t.clock.now().toISOString() });
      expect(sessionRow().archivedAt).toBe(t.clock.now().toISOString());
      await refusedUnchanged(() => act('archive'), 409, 'SESSION_IS_ARCHIVED');
      await refusedUnchanged(() => act('open'), 409, 'SESSION_IS_ARCHIVED');
      await refusedUnchanged(() => onCandidate(idA, 'unlock', { minutes: 5, reason: 'x' }), 409, 'SESSION_IS_ARCHIVED');
      // The token cache lives 5 s: a fresh login is refused at once.
      const login = await t.http.post('/api/auth/login').send({ username: session.candidates[1].username, password: session.candidates[1].password });
      expect(login.status).toBe(403);
      expect(login.body.code).toBe('SESSION_ARCHIVED');
    });

    it('lists the session events in order, with who and why', async () => {
      const res = await proctorAs().get(`/api/sessions/${session.id}/events`);
      expect(res.status).toBe(200);
      const events = res.body as { type: string; candidateId: number | null; candidateNumber: string | null; actorName: string | null; reason: string | null; minutes: number | null }[];
      expect(events.map((e) => `${e.type}${e.candidateNumber ? ` ${e.candidateNumber}` : ''}`)).toEqual([
        'open', 'start', 'pause', 'resume', 'lock A01', 'unlock A01', 'lock A01', 'extend B02', 'end', 'lock B02', 'archive',
      ]);
      expect(events.find((e) => e.type === 'pause')).toMatchObject({ reason: 'Alarme incendie', actorName: proctor.displayName });
      expect(events.find((e) => e.type === 'resume')).toMatchObject({ minutes: 15 });
      expect(events.find((e) => e.type === 'unlock')).toMatchObject({ minutes: 10, reason: 'Poste figé pendant 8 minutes', candidateId: idA });
      expect(events.find((e) => e.type === 'lock')).toMatchObject({ actorName: null, reason: expect.stringContaining('snapshots/') });
    });
  });

  describe('candidate tokens and training sessions', () => {
    it("keeps a candidate's token reading for 30 minutes after their lock, then answers 401 TOKEN_EXPIRED", async () => {
      t.clock.release();
      const short = await t.createSession(proctor.token, {
        name: 'Session courte',
        startsAt: new Date(Date.now() - 5 * MINUTE).toISOString(),
        durationMinutes: 10,
        candidates: [{ name: 'Court', candidateNumber: 'C1' }],
      });
      const c = t.as(await t.candidateToken(short));
      const sb = short.candidates[0].sandboxId;
      t.clock.advanceMinutes(6);
      expect((await c.put(`/api/sandboxes/${sb}/company`).send({ phone: '04 78 11 11 11' })).status).toBe(423);
      expect((await c.get(`/api/sandboxes/${sb}/company`)).status).toBe(200);
      t.clock.advanceMinutes(30);
      const res = await c.get(`/api/sandboxes/${sb}/company`);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_EXPIRED');
    });

    it('never locks a training session at the end unless asked (lockAtEnd)', async () => {
      t.clock.release();
      const free = await t.createSession(proctor.token, {
        name: 'Entraînement libre', mode: 'training',
        startsAt: new Date(Date.now() - 20 * MINUTE).toISOString(), durationMinutes: 10,
        candidates: [{ name: 'Libre', candidateNumber: 'L1' }],
      });
      expect(free).toMatchObject({ lockAtEnd: false, locksAtEnd: false, status: 'ended' });
      const c = t.as(await t.candidateToken(free));
      expect((await c.put(`/api/sandboxes/${free.candidates[0].sandboxId}/company`).send({ phone: '04 78 22 22 22' })).status).toBe(200);
      expect(await t.sweepLocks()).toBe(0);
      await refusedUnchanged(() => proctorAs().post(`/api/sessions/${free.id}/candidates/${free.candidates[0].id}/unlock`).send({ minutes: 5, reason: 'x' }), 409, 'SESSION_NO_LOCK');

      const strict = await t.http.post('/api/sessions').set('Authorization', `Bearer ${proctor.token}`).send({
        name: 'Entraînement minuté', scenarioId: free.scenarioId, mode: 'training', lockAtEnd: true,
        startsAt: new Date(Date.now() - 20 * MINUTE).toISOString(), durationMinutes: 10,
        candidates: [{ name: 'Minuté', candidateNumber: 'M1' }],
      });
      expect(strict.status).toBe(201);
      expect(strict.body).toMatchObject({ lockAtEnd: true, locksAtEnd: true });
      const login = await t.http.post('/api/auth/login').send({ username: strict.body.candidates[0].username, password: strict.body.candidates[0].password });
      expect(login.status).toBe(403);
      expect(login.body.code).toBe('SESSION_ENDED');
    });
  });
});
