/**
 * The candidate's home (GET …/home): the scenario's instructions, a countdown computed by the server
 * (extra time, pauses), the inbox, the recording notice; the instructions as a PDF; and the timed
 * inbox of the first scenario, delivered on the scenario clock: a message is hidden (list and 404 on
 * its id) until its offset, and a pause delays it. Time is moved with the app's clock (t.clock).
 */
import path from 'node:path';
import { listAll, Row } from '../support/fixtures';
import { binary, pdfText } from '../support/pdf';
import { Client, CreatedSession, sandboxFile, StaffAccount, startTestApp, TestApp, withSqlite } from '../support/test-app';
import { loadScenario } from '../../server/src/scenarios/scenario-loader';
import { parseInboxOffset } from '../../server/src/scenarios/scenario.schema';

const MINUTE = 60_000;
const scenario = loadScenario(path.resolve(__dirname, '../../seeds/bureau-plus')).document;
/** The scenario's messages, by offset: subjects and their minutes after the start (08:30). */
const INBOX = scenario.inbox!.map((m) => ({ subject: m.subject, minutes: parseInboxOffset(m.at)! })).sort((a, b) => a.minutes - b.minutes);

describe('Candidate home and timed inbox', () => {
  let t: TestApp;
  let session: CreatedSession;
  let sb: string;
  let sbB: string;
  let candidate: Client;
  let candidateB: Client;
  let proctor: StaffAccount;
  let base: string;
  /** Ids of the scenario's inbox messages in the sandbox, by subject (read from the file). */
  let idOf: Map<string, number>;
  const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);

  const home = async (who: Client = candidate, sandbox = sb) => {
    const res = await who.get(`/api/sandboxes/${sandbox}/home`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const inboxSubjects = async () => (await listAll(candidate, `${base}/messages`, { direction: 'in' })).map((m) => m.subject as string);
  const delivered = (minutes: number) => INBOX.filter((m) => m.minutes <= minutes).map((m) => m.subject);

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(T0);
    session = await t.createSession(t.adminToken, {
      startsAt: new Date(T0.getTime() - MINUTE).toISOString(),
      durationMinutes: 150,
      candidates: [
        { name: 'Inès Inbox', candidateNumber: 'H01', extraMinutes: 0 },
        { name: 'Tiers-temps Candidat', candidateNumber: 'H02', extraMinutes: 38 },
      ],
    });
    [sb, sbB] = session.candidates.map((c) => c.sandboxId);
    base = `/api/sandboxes/${sb}`;
    candidate = t.as(await t.candidateToken(session, 0));
    candidateB = t.as(await t.candidateToken(session, 1));
    proctor = await t.createProctor();
    const rows = withSqlite(sandboxFile(t.dataDir, sb), (db) => db.prepare("SELECT id, subject FROM message WHERE direction = 'in'").all()) as { id: number; subject: string }[];
    idOf = new Map(rows.map((r) => [r.subject, r.id]));
  });

  afterAll(() => t?.close());

  it('has the scenario’s timed messages in the sandbox, dated on the scenario clock', () => {
    expect(INBOX.length).toBeGreaterThanOrEqual(4);
    const rows = withSqlite(sandboxFile(t.dataDir, sb), (db) => db.prepare("SELECT subject, sentAt, fromAddress, channel, author FROM message WHERE direction = 'in' ORDER BY sentAt").all()) as Row[];
    expect(rows.map((r) => r.subject)).toEqual(INBOX.map((m) => m.subject));
    expect(rows[0]).toMatchObject({ sentAt: '2026-03-16T08:50:00', fromAddress: 'Léa Martin <l.martin@lesterrasses-immo.fr>', channel: 'email', author: null });
    const info = withSqlite(sandboxFile(t.dataDir, sb), (db) => db.prepare('SELECT instructions FROM sandbox_info').get()) as { instructions: string };
    expect(info.instructions).toBe(scenario.instructions);
  });

  it('shows the instructions, the server’s countdown and the recording notice on the home', async () => {
    const h = await home();
    expect(h).toMatchObject({
      sandboxId: sb,
      instructions: scenario.instructions,
      serverNow: T0.toISOString(),
      scenarioNow: '2026-03-16T08:31:00',
      startsAt: new Date(T0.getTime() - MINUTE).toISOString(),
      endsAt: new Date(T0.getTime() + 149 * MINUTE).toISOString(),
      remainingSeconds: 149 * 60,
      paused: false,
      locked: false,
      lockReason: null,
      writable: true,
      mode: 'exam',
      inbox: { unread: 0, latest: [] },
    });
    expect(h.recordingNotice).toMatch(/enregistrées.*journal d'activité.*jury/);
    // Extra time (tiers-temps) moves the end of that candidate only.
    const b = await home(candidateB, sbB);
    expect(b.endsAt).toBe(new Date(T0.getTime() + (149 + 38) * MINUTE).toISOString());
    expect(b.remainingSeconds).toBe((149 + 38) * 60);
  });

  it('hides a message until the scenario clock reaches its offset (list, detail 404, home)', async () => {
    expect(await inboxSubjects()).toEqual([]);
    const first = idOf.get(INBOX[0]!.subject)!;
    const hidden = await candidate.get(`${base}/messages/${first}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.code).toBe('NOT_FOUND');

    t.clock.advance((INBOX[0]!.minutes - 1) * MINUTE - 1000); // one second before +20 min
    expect(await inboxSubjects()).toEqual([]);
    t.clock.advance(1000);
    expect(await inboxSubjects()).toEqual(delivered(INBOX[0]!.minutes));
    const shown = await candidate.get(`${base}/messages/${first}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ direction: 'in', subject: INBOX[0]!.subject, sentAt: '2026-03-16T08:50:00' });
    expect(shown.body.body).toContain('4 bureaux droits 140 × 80 cm');
    expect((await candidate.get(`${base}/messages/${idOf.get(INBOX[1]!.subject)}`)).status).toBe(404);
    const h = await home();
    expect(h.inbox).toEqual({ unread: 1, latest: [{ id: first, from: 'Léa Martin <l.martin@lesterrasses-immo.fr>', subject: INBOX[0]!.subject, sentAt: '2026-03-16T08:50:00' }] });
    expect(h.scenarioNow).toBe('2026-03-16T08:50:00');
  });

  it('delays the messages during a pause: the scenario clock and the countdown stand still', async () => {
    const before = await home();
    expect((await t.as(proctor.token).post(`/api/sessions/${session.id}/pause`).send({ reason: 'Coupure réseau' })).status).toBe(200);
    t.clock.advanceMinutes(30);
    const paused = await home();
    expect(paused).toMatchObject({ paused: true, scenarioNow: '2026-03-16T08:50:00', remainingSeconds: before.remainingSeconds, lockReason: 'SESSION_PAUSED', writable: false });
    expect(new Date(paused.endsAt).getTime()).toBe(new Date(before.endsAt).getTime() + 30 * MINUTE);
    expect(await inboxSubjects()).toEqual(delivered(20));
    expect((await t.as(proctor.token).post(`/api/sessions/${session.id}/resume`).send({})).status).toBe(200);
    t.clock.advanceMinutes(10);
    const resumed = await home();
    expect(resumed).toMatchObject({ paused: false, scenarioNow: '2026-03-16T09:00:00', remainingSeconds: before.remainingSeconds - 10 * 60 });
    expect(await inboxSubjects()).toEqual(delivered(30).reverse());
  });

  it('lists the five latest messages on the home once they have all arrived', async () => {
    t.clock.advanceMinutes(INBOX.at(-1)!.minutes - 30);
    const h = await home();
    expect(h.scenarioNow).toBe(`2026-03-16T${String(8 + Math.floor((30 + INBOX.at(-1)!.minutes) / 60)).padStart(2, '0')}:${String((30 + INBOX.at(-1)!.minutes) % 60).padStart(2, '0')}:00`);
    expect(h.inbox.unread).toBe(INBOX.length);
    expect(h.inbox.latest.map((m: Row) => m.subject)).toEqual([...INBOX].reverse().slice(0, 5).map((m) => m.subject));
    expect(await inboxSubjects()).toHaveLength(INBOX.length);
    // The complaint in English is there, from the British client's contact.
    const complaint = (await listAll(candidate, `${base}/messages`, { direction: 'in', q: 'Complaint' }))[0]!;
    expect(complaint.fromAddress).toBe('Olivia Bennett <o.bennett@thames-office.co.uk>');
  });

  it('gives the instructions as a PDF (headings, lists, bold text)', async () => {
    const res = await candidate.get(`${base}/instructions.pdf`).buffer(true).parse(binary as never);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.body as Buffer, 'raw');
    for (const phrase of [
      "BUREAU PLUS DISTRIBUTION — CONSIGNES DE L'ÉPREUVE",
      'Bureau Plus Distribution — consignes de l\'épreuve',
      'Lundi 16 mars 2026, 8 h 30.',
      'Vos délégations',
      'Travail à faire',
      'Avoirs : 150 € HT au plus par avoir',
      'Réclamation. Répondez en anglais',
      'Vos actions sont enregistrées',
      'Candidat H01',
      'Page 1 /',
    ]) expect(text).toContain(phrase);
  });

  it('shows the same home to the proctor (read only), not to another candidate', async () => {
    const h = await home(t.as(proctor.token), sb);
    expect(h).toMatchObject({ instructions: scenario.instructions, lockReason: 'READ_ONLY_ROLE', writable: false });
    expect((await candidateB.get(`/api/sandboxes/${sb}/home`)).status).toBe(404);
    expect((await candidateB.get(`/api/sandboxes/${sb}/instructions.pdf`)).status).toBe(404);
  });

  it('says the time is over and the space locked after the candidate’s end', async () => {
    const left = (await home()).remainingSeconds as number;
    // The token check caches the session's window a few real seconds (AuthService): let it see the pause above.
    await new Promise((resolve) => setTimeout(resolve, 5_200));
    t.clock.advance(left * 1000 + 1000);
    const h = await home();
    expect(h).toMatchObject({ remainingSeconds: 0, locked: true, lockReason: 'SANDBOX_LOCKED', writable: false });
    // The candidate with extra time still works.
    expect(await home(candidateB, sbB)).toMatchObject({ locked: false, writable: true });
    expect((await home(candidateB, sbB)).remainingSeconds).toBe(38 * 60 - 1);
  });
});
