/**
 * The first scenario's checks through the API (GET …/checks): on a fresh sandbox nearly all fail
 * (only the "must not exist" ones pass); after the candidate does some of the expected work through
 * the API (a level-1 reminder, a payment recorded and allocated, a credit note correcting a planted
 * price error, an order over the credit limit validated after the manager's approval, CRM entries)
 * exactly those checks pass, with their evidence. Access: a candidate runs them in training only
 * (403 in an exam), juries of the session, proctors and admins always read them; after the
 * candidate's end they are evaluated on the snapshot taken at the lock.
 */
import path from 'node:path';
import { listAll, Row } from '../support/fixtures';
import { Client, CreatedSession, StaffAccount, startTestApp, TestApp } from '../support/test-app';
import { loadScenario } from '../../server/src/scenarios/scenario-loader';

const MINUTE = 60_000;
const scenario = loadScenario(path.resolve(__dirname, '../../seeds/bureau-plus')).document;
const CHECK_IDS = scenario.checks!.map((c) => c.id);
/** The checks that pass on a fresh sandbox: nothing that must not exist exists yet. */
const ABSENT = scenario.checks!.filter((c) => c.absent).map((c) => c.id);

interface CheckResult {
  id: string;
  label: string;
  criterion: string;
  kind: string;
  points: number | null;
  passed: boolean;
  evidence: string | null;
  details: string;
  record: { resource: string; id: number } | null;
}

describe('Scenario checks', () => {
  let t: TestApp;
  let training: CreatedSession;
  let exam: CreatedSession;
  let sb: string;
  let base: string;
  let api: Client;
  let proctor: StaffAccount;
  let jury: StaffAccount;
  let otherJury: StaffAccount;
  const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);

  const checks = async (who: Client, sandbox = sb) => {
    const res = await who.get(`/api/sandboxes/${sandbox}/checks`);
    expect(res.status).toBe(200);
    return res.body as { scenarioId: string; source: string; summary: { total: number; passed: number; failed: number; points: { earned: number; max: number } }; results: CheckResult[] };
  };
  const passedIds = (results: CheckResult[]) => results.filter((r) => r.passed).map((r) => r.id).sort();
  const ok = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Row;
  };

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set(T0);
    const startsAt = new Date(T0.getTime() - MINUTE).toISOString();
    training = await t.createSession(t.adminToken, { name: 'Entraînement', mode: 'training', startsAt, candidates: [{ name: 'Clara Contrôle', candidateNumber: 'T01' }] });
    exam = await t.createSession(t.adminToken, { name: 'Examen', mode: 'exam', startsAt, durationMinutes: 150, candidates: [{ name: 'Ernest Examen', candidateNumber: 'E01' }] });
    sb = training.candidates[0].sandboxId;
    base = `/api/sandboxes/${sb}`;
    api = t.as(await t.candidateToken(training, 0));
    proctor = await t.createProctor();
    jury = await t.createJury();
    otherJury = await t.createJury();
    expect((await t.as(t.adminToken).post(`/api/sessions/${exam.id}/juries`).send({ userId: jury.id })).status).toBe(201);
  });

  afterAll(() => t?.close());

  it('fails nearly every check on a fresh sandbox: only the "must not exist" checks pass', async () => {
    const body = await checks(api);
    expect(body.scenarioId).toBe('bureau-plus');
    expect(body.source).toBe('live');
    expect(body.results.map((r) => r.id)).toEqual(CHECK_IDS);
    expect(passedIds(body.results)).toEqual([...ABSENT].sort());
    expect(body.summary).toMatchObject({ total: CHECK_IDS.length, passed: ABSENT.length, failed: CHECK_IDS.length - ABSENT.length });
    for (const r of body.results) {
      expect(r.criterion).toMatch(/^(CNED|ASCOM|SC|TP|MK)-/);
      expect(r.details.length).toBeGreaterThan(10);
      if (!r.passed) expect(r.evidence === null || r.kind === 'count').toBe(true);
    }
    expect(body.results.find((r) => r.id === 'reglement-baticoncept')!.details).toMatch(/^Aucun règlement ne correspond \(client = « C0020 »/);
  });

  it('passes the checks of the work done through the API, with their evidence, and only those', async () => {
    const tiers = await listAll(api, `${base}/third-parties`);
    const invoices = await listAll(api, `${base}/invoices`);
    const products = await listAll(api, `${base}/products`);
    const tier = (code: string) => tiers.find((x) => x.code === code)!;
    const invoice = (number: string) => invoices.find((x) => x.number === number)!;
    const product = (reference: string) => products.find((x) => x.reference === reference)!;

    // Relances: level-1 e-mail to Conseil & Gestion Liège (17 days late).
    ok(await api.post(`${base}/reminders`).send({ clientId: tier('C0025').id, kind: 'email', level: 1, invoiceIds: [invoice('FA-2026-0004').id] }), 'reminder');
    // Règlement annoncé par Bâti-Concept: the deposit invoice.
    ok(await api.post(`${base}/payments`).send({
      clientId: tier('C0020').id, date: '2026-03-16', amountCents: 87350, method: 'transfer', reference: 'VIR-BCR-260316',
      allocations: [{ invoiceId: invoice('FA-2026-0015').id, amountCents: 87350 }],
    }), 'payment');
    // Contrôle des ventes: 72 € HT credited on Berthier's invoice (catalogue price instead of the negotiated one).
    const note = ok(await api.post(`${base}/credit-notes`).send({ invoiceId: invoice('FA-2026-0005').id, reason: 'Prix négocié de 245 € HT non appliqué sur les bureaux (3 × 24 €)', amountCents: 7200 }), 'credit note');
    ok(await api.post(`${base}/credit-notes/${note.id}/validate`).send({}), 'credit note validation');
    // Transports Chabert over its limit: refused, approval asked, then validated.
    const order = ok(await api.post(`${base}/orders`).send({
      clientId: tier('C0002').id, lines: [{ productId: product('PAP-A4-80').id, quantity: 10 }, { productId: product('FOU-STY-BLEU').id, quantity: 2 }],
    }), 'order');
    const refused = await api.post(`${base}/orders/${order.id}/validate`).send({});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CREDIT_LIMIT_EXCEEDED');
    const approval = ok(await api.post(`${base}/orders/${order.id}/credit-approval`).send({ reason: 'Commande de fournitures, promesse de paiement au 20/03' }), 'approval');
    expect(approval.status).toBe('approved');
    const validated = ok(await api.post(`${base}/orders/${order.id}/validate`).send({}), 'order validation');
    // GRC: three exchanges of the day.
    for (const [code, subject] of [['C0029', 'Reply to your complaint about the sit-stand desk'], ['C0013', 'Reliquat à livrer à la médiathèque Le Rize'], ['C0020', 'Acompte reçu, livraison confirmée le 19/03']]) {
      ok(await api.post(`${base}/interactions`).send({ thirdPartyId: tier(code).id, kind: 'email', subject }), 'interaction');
    }

    const body = await checks(api);
    const byId = new Map(body.results.map((r) => [r.id, r]));
    expect(passedIds(body.results)).toEqual(
      [...ABSENT, 'relance-liege-n1', 'reglement-baticoncept', 'avoir-berthier', 'accord-encours-chabert', 'encours-avant-validation-chabert', 'historique-grc', 'reclamation-thames'].sort(),
    );
    expect(byId.get('reglement-baticoncept')!.evidence).toBe('Règlement du 16/03/2026 de Bâti-Concept Rhône : 873,50 € par virement (réf. VIR-BCR-260316), 873,50 € affectés');
    expect(byId.get('avoir-berthier')!.evidence).toMatch(/^Avoir AV-2026-0002 du 16\/03\/2026 sur la facture FA-2026-0005 : 72,00 € HT, 86,40 € TTC — Prix négocié/);
    expect(byId.get('relance-liege-n1')!.evidence).toMatch(/^Relance n° 1 \(e-mail\) du 16\/03\/2026 à Conseil & Gestion Liège \(Laurent Dethier\) : [\d ,]+ € réclamés, nouvelle échéance 24\/03\/2026$/);
    expect(byId.get('accord-encours-chabert')!.evidence).toMatch(/^Demande d'accord du 16\/03\/2026 \d\d:\d\d : commande 98,04 € TTC, encours 3 205,92 € pour un plafond de 3 000,00 € ; réponse : accepté/);
    expect(byId.get('encours-avant-validation-chabert')!.evidence).toMatch(new RegExp(`^Contrôle d'encours Transports Chabert & Fils : .* → validation refusée \\(16/03/2026 \\d\\d:\\d\\d\\) puis validation de la commande ${validated.number} `));
    expect(byId.get('encours-avant-validation-chabert')!.record).toEqual({ resource: 'orders', id: order.id });
    expect(byId.get('historique-grc')!.evidence).toBe('3 échange(s) consigné(s) dans la GRC pendant la session');
    expect(body.summary.passed).toBe(ABSENT.length + 7);
    expect(body.summary.points.earned).toBeGreaterThan(0);
  });

  it('fails a "must not exist" check once the candidate does what should not be done', async () => {
    const tiers = await listAll(api, `${base}/third-parties`);
    const chabert = tiers.find((x) => x.code === 'C0002')!;
    const worklist = (await api.get(`${base}/reminders/worklist`)).body as { clientId: number; invoices: { invoiceId: number; lastLevel: number }[] }[];
    const row = worklist.find((r) => r.clientId === chabert.id)!;
    ok(await api.post(`${base}/reminders`).send({ clientId: chabert.id, kind: 'letter', level: 2, invoiceIds: [row.invoices[0]!.invoiceId] }), 'reminder to Chabert');
    const r = (await checks(api)).results.find((x) => x.id === 'pas-de-relance-chabert')!;
    expect(r.passed).toBe(false);
    expect(r.evidence).toBe('Relance n° 2 (lettre) du 16/03/2026 à Transports Chabert & Fils malgré la promesse de paiement au 20/03');
  });

  it('lets staff read the checks of a training sandbox too', async () => {
    for (const who of [t.as(proctor.token), t.as(t.adminToken)]) expect((await checks(who)).results).toHaveLength(CHECK_IDS.length);
  });

  it('passes every check of the scenario for a model answer made through the API', async () => {
    const session = await t.createSession(t.adminToken, { name: 'Corrigé', mode: 'training', startsAt: new Date(t.clock.now().getTime() - MINUTE).toISOString(), candidates: [{ name: 'Modèle', candidateNumber: 'M01' }] });
    const msb = session.candidates[0].sandboxId;
    const mb = `/api/sandboxes/${msb}`;
    const me = t.as(await t.candidateToken(session, 0));
    const tiers = await listAll(me, `${mb}/third-parties`);
    const invoices = await listAll(me, `${mb}/invoices`);
    const orders = await listAll(me, `${mb}/orders`);
    const products = await listAll(me, `${mb}/products`);
    const tier = (code: string) => tiers.find((x) => x.code === code)!.id as number;
    const invoice = (number: string) => invoices.find((x) => x.number === number)!.id as number;
    const orderId = (number: string) => orders.find((x) => x.number === number)!.id as number;
    const product = (reference: string) => products.find((x) => x.reference === reference)!.id as number;
    const post = async (url: string, body: Record<string, unknown> = {}) => ok(await me.post(`${mb}/${url}`).send(body), url);

    // 2. Devis Les Terrasses, envoyé; nouvelle interlocutrice; 3. accord → commande.
    const quote = await post('quotes', {
      clientId: tier('C0003'),
      lines: [
        { productId: product('MOB-BUR-140'), quantity: 4, discountBp: 500 },
        { productId: product('MOB-CAI-3T'), quantity: 4, discountBp: 500 },
        { productId: product('SIE-OPE-BASE'), quantity: 4 },
      ],
    });
    await post(`quotes/${quote.id}/validate`);
    await post(`quotes/${quote.id}/send`);
    await post('contacts', { thirdPartyId: tier('C0003'), firstName: 'Léa', lastName: 'Martin', jobTitle: 'Responsable administrative', email: 'l.martin@lesterrasses-immo.fr', phone: '04 65 71 48 20', preferredChannel: 'email', marketingConsent: 'unknown' });
    await post(`quotes/${quote.id}/accept`);
    const draft = await post(`quotes/${quote.id}/convert-to-order`);
    const detail = (await me.get(`${mb}/orders/${draft.id}`)).body as Row;
    ok(await me.put(`${mb}/orders/${draft.id}`).send({
      clientId: tier('C0003'), clientReference: 'LT-2026-031', requestedDeliveryDate: '2026-03-27',
      lines: (detail.lines as Row[]).map((l) => ({ productId: l.productId, label: l.label, unit: l.unit, quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountBp: l.discountBp, vatRateBp: l.vatRateBp })),
    }), 'order update');
    await post(`orders/${draft.id}/validate`);
    // Transports Chabert: encours dépassé → accord du responsable.
    const chabert = await post('orders', { clientId: tier('C0002'), lines: [{ productId: product('PAP-A4-80'), quantity: 10 }, { productId: product('FOU-STY-BLEU'), quantity: 2 }] });
    expect((await me.post(`${mb}/orders/${chabert.id}/validate`).send({})).status).toBe(409);
    await post(`orders/${chabert.id}/credit-approval`, { reason: 'Promesse de paiement au 20/03' });
    await post(`orders/${chabert.id}/validate`);
    // 4-5. Bâti-Concept: règlement, livraison, facture de solde.
    await post('payments', { clientId: tier('C0020'), date: '2026-03-16', amountCents: 87350, method: 'transfer', reference: 'VIR-BCR-260316', allocations: [{ invoiceId: invoice('FA-2026-0015'), amountCents: 87350 }] });
    const bati = await post('delivery-notes', { orderId: orderId('CMD-2026-0015'), carrier: 'Transports Garnier Express' });
    await post(`delivery-notes/${bati.id}/validate`);
    const balance = await post('invoices/from-delivery-notes', { deliveryNoteIds: [bati.id] });
    await post(`invoices/${balance.id}/validate`);
    // Villeurbanne: reliquat livré à la médiathèque.
    const rize = await post('delivery-notes', { orderId: orderId('CMD-2026-0014'), carrier: 'Transports Garnier Express', notes: 'Livrer à la Médiathèque Le Rize, 23-25 rue Valentin-Haüy, 69100 Villeurbanne — 9 h-12 h, contact M. Mehdi Haddad' });
    await post(`delivery-notes/${rize.id}/validate`);
    // 6. Relances du jour et contentieux.
    await post('reminders', { clientId: tier('C0025'), kind: 'email', level: 1, invoiceIds: [invoice('FA-2026-0004')] });
    await post('reminders', { clientId: tier('C0023'), kind: 'letter', level: 2, invoiceIds: [invoice('FA-2025-0008')] });
    await post('reminders', { clientId: tier('C0031'), kind: 'letter', level: 2, invoiceIds: [invoice('FA-2026-0012')] });
    await post(`third-parties/${tier('C0011')}/litigation`, { reason: 'Mise en demeure du 03/02 restée sans effet, promesse non tenue' });
    // 7. Réclamation en anglais, GRC.
    await post('interactions', { thirdPartyId: tier('C0029'), kind: 'email', subject: 'Faulty sit-stand desk: replacement motor sent under warranty', notes: 'Dear Ms Bennett, …' });
    await post('interactions', { thirdPartyId: tier('C0013'), kind: 'email', subject: 'Reliquat livré à la médiathèque Le Rize' });
    await post('interactions', { thirdPartyId: tier('C0018'), kind: 'note', subject: 'FA-2026-0010 en double : avoir total à valider par M. Durand' });
    // 8. Avoirs dans la délégation.
    for (const [number, cents, reason] of [['FA-2026-0005', 7200, 'Prix négocié non appliqué'], ['FA-2026-0007', 11520, 'Remise de 5 % oubliée sur le mobilier']] as const) {
      const note = await post('credit-notes', { invoiceId: invoice(number), reason, amountCents: cents });
      await post(`credit-notes/${note.id}/validate`);
    }

    const body = await checks(me, msb);
    expect(body.results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.details}`)).toEqual([]);
    expect(body.summary).toMatchObject({ passed: CHECK_IDS.length, failed: 0 });
    expect(body.summary.points.earned).toBe(body.summary.points.max);
  });

  describe('in an exam', () => {
    let examSb: string;
    let candidate: Client;

    beforeAll(async () => {
      examSb = exam.candidates[0].sandboxId;
      candidate = t.as(await t.candidateToken(exam, 0));
    });

    it('refuses the candidate (403, French message) and lets the session’s jury, proctors and admins read', async () => {
      const res = await candidate.get(`/api/sandboxes/${examSb}/checks`);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ code: 'CHECKS_NOT_IN_EXAM', message: expect.stringMatching(/^Les vérifications automatiques ne sont pas accessibles pendant un examen/) });
      for (const who of [t.as(jury.token), t.as(proctor.token), t.as(t.adminToken)]) expect((await checks(who, examSb)).source).toBe('live');
      // A jury of another session does not even see the sandbox.
      expect((await t.as(otherJury.token).get(`/api/sandboxes/${examSb}/checks`)).status).toBe(404);
    });

    it('evaluates the snapshot taken at the candidate’s lock once their time is over', async () => {
      t.clock.advanceMinutes(151);
      const body = await checks(t.as(jury.token), examSb);
      expect(body.source).toBe('snapshot');
      expect(passedIds(body.results)).toEqual([...ABSENT].sort());
      expect((await candidate.get(`/api/sandboxes/${examSb}/checks`)).status).toBe(403);
    });
  });
});
