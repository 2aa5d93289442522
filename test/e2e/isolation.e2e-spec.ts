/**
 * Sandbox isolation, route by route: every route under /api/sandboxes/:sandboxId of the running app
 * is enumerated from the Express router, so that a new route is covered without editing this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { clientBody, contactBody, listAll, productBody } from '../support/fixtures';
import { Client, CreatedSession, dataFiles, sandboxFingerprint, StaffAccount, startTestApp, TestApp } from '../support/test-app';
import { SANDBOX_PREFIX as PREFIX, SandboxRoute, sandboxRoutes } from '../support/sandbox-routes';

/** Deletes go last (a tier's last: it takes its contacts along), so that the sanity pass still finds its records. */
function orderedSandboxRoutes(t: TestApp): SandboxRoute[] {
  const rank = (r: SandboxRoute) => (r.method !== 'delete' ? 0 : r.path.includes('/third-parties/') ? 2 : 1);
  return sandboxRoutes(t).sort((a, b) => rank(a) - rank(b));
}

const label = (r: SandboxRoute) => `${r.method.toUpperCase()} ${r.path}`;

describe('Sandbox isolation', () => {
  let t: TestApp;
  let session: CreatedSession;
  let sbA: string;
  let sbB: string;
  let candidateA: Client;
  let candidateB: Client;
  let proctor: StaffAccount;
  let jury: StaffAccount;
  let routes: SandboxRoute[];
  let ids: Record<string, number>;
  let params: Record<string, number> = {};
  let bodies: Record<string, Record<string, unknown>>;

  /** The route's URL on `sandboxId`, `:id` replaced by an existing record of the route's resource. */
  const urlOf = (route: SandboxRoute, sandboxId: string) => {
    const url = route.path.replace(':sandboxId', sandboxId).replace(/:(\w+)/g, (_m, name: string) => {
      const resource = route.path.slice(PREFIX.length + 1).split('/')[0];
      if (name !== 'id' && params[name] !== undefined) return String(params[name]);
      if (name !== 'id' || ids[resource] === undefined) throw new Error(`No value for :${name} in ${route.path}: extend the isolation test`);
      return String(ids[resource]);
    });
    return url;
  };
  const bodyOf = (route: SandboxRoute) => {
    if (route.method === 'get' || route.method === 'delete') return undefined;
    const rest = route.path.slice(PREFIX.length + 1);
    const action = rest.split('/').pop()!;
    const body = bodies[action] ?? bodies[rest.split('/')[0]] ?? {};
    // A PUT must not clash with the record the POST created (unique reference or code).
    if (route.method === 'put') for (const key of ['reference', 'code']) if (typeof body[key] === 'string') return { ...body, [key]: `${body[key]}-2` };
    return body;
  };
  const send = (client: Client | null, route: SandboxRoute, sandboxId: string) => {
    const url = urlOf(route, sandboxId);
    const req = client ? client[route.method](url) : t.http[route.method](url);
    const body = bodyOf(route);
    return body === undefined ? req : req.send(body);
  };

  beforeAll(async () => {
    t = await startTestApp();
    // Training: the candidate may also run the scenario's checks (GET …/checks is 403 for candidates in an exam, see checks.e2e-spec.ts).
    session = await t.createSession(t.adminToken, { mode: 'training' });
    [sbA, sbB] = session.candidates.map((c) => c.sandboxId);
    candidateA = t.as(await t.candidateToken(session, 0));
    candidateB = t.as(await t.candidateToken(session, 1));
    proctor = await t.createProctor();
    jury = await t.createJury();
    // A jury reads only the sessions they are assigned to; `outsider` (below) is not.
    expect((await t.as(t.adminToken).post(`/api/sessions/${session.id}/juries`).send({ userId: jury.id })).status).toBe(201);
    routes = orderedSandboxRoutes(t);

    const admin = t.as(t.adminToken);
    const base = `/api/sandboxes/${sbB}`;
    const tiers = await listAll(admin, `${base}/third-parties`);
    const products = await listAll(admin, `${base}/products`);
    const families = await listAll(admin, `${base}/product-families`);
    const prospect = tiers.find((x) => x.isProspect)!;
    const service = products.find((p) => p.type === 'service')!;
    const good = products.find((p) => p.type === 'good' && (p.onHand as number) > 0)!;
    // Documents in B's sandbox, made by B through the API, so that every document route has a target.
    const asB = candidateB;
    const client = tiers.find((x) => x.isClient && x.zone === 'fr' && x.customerType === 'b2b')!;
    const docLines = [{ productId: good.id, quantity: 1 }];
    const quote = (await asB.post(`${base}/quotes`).send({ clientId: client.id, lines: docLines })).body;
    const order = (await asB.post(`${base}/orders`).send({ clientId: client.id, lines: docLines })).body;
    await asB.post(`${base}/orders/${order.id}/validate`).send({});
    const deliveryNote = (await asB.post(`${base}/delivery-notes`).send({ orderId: order.id })).body;
    await asB.post(`${base}/delivery-notes/${deliveryNote.id}/validate`);
    const invoice = (await asB.post(`${base}/invoices/from-delivery-notes`).send({ deliveryNoteIds: [deliveryNote.id] })).body;
    await asB.post(`${base}/invoices/${invoice.id}/validate`);
    const creditNote = (await asB.post(`${base}/credit-notes`).send({ invoiceId: invoice.id, reason: 'Geste', amountCents: 100 })).body;
    await asB.post(`${base}/quotes/${quote.id}/validate`);
    const message = (await asB.post(`${base}/quotes/${quote.id}/send`).send({})).body;
    const payment = (await asB.post(`${base}/payments`).send({ clientId: client.id, amountCents: 100, method: 'transfer' })).body;
    // A credit-approval request (10 € over a 1 € limit: refused), so that credit-approvals/:id has a target.
    const tight = (await asB.post(`${base}/third-parties`).send(clientBody({ name: 'Encours serré', creditLimitCents: 100 }))).body;
    const overLimit = (await asB.post(`${base}/orders`).send({ clientId: tight.id, lines: [{ label: 'Prestation', quantity: 1, unitPriceCents: 1000, vatRateBp: 2000 }] })).body;
    const creditApproval = (await asB.post(`${base}/orders/${overLimit.id}/credit-approval`).send({ reason: 'Isolation' })).body;
    if (typeof creditApproval?.id !== 'number') throw new Error(`could not prepare a credit approval in sandbox B: ${JSON.stringify(creditApproval)}`);
    if (![quote, order, deliveryNote, invoice, creditNote, message, payment].every((d) => typeof d?.id === 'number')) throw new Error('could not prepare the documents of sandbox B');
    // Recovery: a letter on an overdue invoice of the worklist, a CRM note and a payment plan, so that reminders/:id(/pdf), interactions/:id and payment-plans/:id have targets.
    const chase = ((await asB.get(`${base}/reminders/worklist`)).body as { clientId: number; litigationSince: string | null; invoices: { invoiceId: number; lastLevel: number; balanceCents: number }[] }[]).find((r) => !r.litigationSince)!;
    const overdue = chase.invoices[0];
    const reminder = (await asB.post(`${base}/reminders`).send({ clientId: chase.clientId, kind: 'letter', invoiceIds: [overdue.invoiceId], level: Math.max(1, overdue.lastLevel) })).body;
    const interaction = (await asB.post(`${base}/interactions`).send({ thirdPartyId: chase.clientId, kind: 'note', subject: 'Note de suivi' })).body;
    const planBody = { clientId: chase.clientId, invoiceIds: [overdue.invoiceId], installments: [{ dueDate: '2026-12-31', amountCents: overdue.balanceCents }] };
    const paymentPlan = (await asB.post(`${base}/payment-plans`).send(planBody)).body;
    if (![reminder, interaction, paymentPlan].every((d) => typeof d?.id === 'number')) throw new Error(`could not prepare the recovery records of sandbox B: ${JSON.stringify([reminder, interaction, paymentPlan])}`);
    params = { attachmentId: message.attachments[0].id };
    // Statements (relevés de compte) are per client: GET statements/:clientId, …/pdf, POST …/send.
    params.clientId = client.id;
    ids = {
      quotes: quote.id,
      orders: order.id,
      'delivery-notes': deliveryNote.id,
      invoices: invoice.id,
      'credit-notes': creditNote.id,
      messages: message.id,
      payments: payment.id,
      'credit-approvals': creditApproval.id,
      reminders: reminder.id,
      interactions: interaction.id,
      'payment-plans': paymentPlan.id,
      'third-parties': prospect.id,
      contacts: (await listAll(admin, `${base}/contacts`))[0].id,
      'product-families': families[0].id,
      products: service.id,
      'stock-movements': (await listAll(admin, `${base}/stock-movements`))[0].id,
      staff: (await listAll(admin, `${base}/staff`))[0].id,
    };
    bodies = {
      'third-parties': clientBody({ name: 'Intrus SARL' }),
      contacts: contactBody(prospect.id, { lastName: 'Intrus' }),
      'product-families': { code: 'INTRUS', name: 'Intrus' },
      products: productBody(families[0].id, { reference: 'INTRUS-1', type: 'service' }),
      'stock-movements': { productId: good.id, type: 'adjustment', quantity: 1, reason: 'Intrusion' },
      company: { phone: '04 78 99 99 99' },
      reset: { reason: 'Intrusion' },
      'convert-to-client': {},
      quotes: { clientId: client.id, lines: docLines },
      orders: { clientId: client.id, lines: docLines },
      invoices: { clientId: client.id, lines: [{ label: 'Intrusion', quantity: 1, unitPriceCents: 100, vatRateBp: 2000 }] },
      'delivery-notes': { orderId: order.id },
      'credit-notes': { invoiceId: invoice.id, reason: 'Intrusion', amountCents: 100 },
      'from-delivery-notes': { deliveryNoteIds: [deliveryNote.id] },
      'from-order': { orderId: order.id },
      deposit: { orderId: order.id, percentBp: 1000 },
      payments: { clientId: client.id, amountCents: 100, method: 'cheque' },
      cancel: { reason: 'Intrusion' },
      reminders: { clientId: chase.clientId, kind: 'phone', invoiceIds: [overdue.invoiceId], outcome: 'no_answer' },
      interactions: { thirdPartyId: chase.clientId, kind: 'note', subject: 'Intrusion' },
      'payment-plans': planBody,
      litigation: { reason: 'Intrusion' },
      'credit-approval': { reason: 'Intrusion' },
      credit: { riskStatus: 'watch' },
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('finds at least 25 sandbox routes in the running app', () => {
    expect(routes.length).toBeGreaterThanOrEqual(25);
    expect(routes.map(label)).toEqual(expect.arrayContaining(['POST /api/sandboxes/:sandboxId/reset', 'GET /api/sandboxes/:sandboxId/journal/verify', 'DELETE /api/sandboxes/:sandboxId/third-parties/:id']));
  });

  it("refuses candidate A on every route of B's sandbox (403/404), and neither sandbox changes", async () => {
    const fpA = sandboxFingerprint(t.dataDir, sbA);
    const fpB = sandboxFingerprint(t.dataDir, sbB);
    const problems: string[] = [];
    for (const route of routes) {
      const res = await send(candidateA, route, sbB);
      if (![403, 404].includes(res.status)) problems.push(`${label(route)} → ${res.status}`);
      else if (!res.body?.code || !res.body?.message) problems.push(`${label(route)} → body ${JSON.stringify(res.body)}`);
      if (sandboxFingerprint(t.dataDir, sbB) !== fpB) problems.push(`${label(route)} changed B's sandbox`);
    }
    expect(problems).toEqual([]);
    expect(sandboxFingerprint(t.dataDir, sbA)).toBe(fpA);
  });

  it('answers 401 on every route without a token', async () => {
    const fpB = sandboxFingerprint(t.dataDir, sbB);
    const problems: string[] = [];
    for (const route of routes) {
      const res = await send(null, route, sbB);
      if (res.status !== 401 || res.body.code !== 'UNAUTHENTICATED') problems.push(`${label(route)} → ${res.status}`);
    }
    expect(problems).toEqual([]);
    expect(sandboxFingerprint(t.dataDir, sbB)).toBe(fpB);
  });

  it('lets a jury read every GET route (200) and refuses every other method (403)', async () => {
    const fpB = sandboxFingerprint(t.dataDir, sbB);
    const problems: string[] = [];
    for (const route of routes) {
      const res = await send(t.as(jury.token), route, sbB);
      const expected = route.method === 'get' ? 200 : 403;
      if (res.status !== expected) problems.push(`${label(route)} → ${res.status} (expected ${expected})`);
      if (sandboxFingerprint(t.dataDir, sbB) !== fpB) problems.push(`${label(route)} changed B's sandbox`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses every route (404) to a jury not assigned to the session, changing nothing', async () => {
    const outsider = await t.createJury();
    const fpB = sandboxFingerprint(t.dataDir, sbB);
    const problems: string[] = [];
    for (const route of routes.filter((r) => !r.path.endsWith('/reset'))) {
      const res = await send(t.as(outsider.token), route, sbB);
      if (res.status !== 404 || res.body.code !== 'SANDBOX_NOT_FOUND') problems.push(`${label(route)} → ${res.status}`);
    }
    expect(problems).toEqual([]);
    expect(sandboxFingerprint(t.dataDir, sbB)).toBe(fpB);
  });

  it('lets a proctor read every GET route and refuses every other method (403) except reset', async () => {
    const fpB = sandboxFingerprint(t.dataDir, sbB);
    const problems: string[] = [];
    for (const route of routes) {
      const isReset = route.path.endsWith('/reset');
      // Reset is the proctor's one write: sent without reason here, so that it is validated and refused.
      const res = isReset ? await t.as(proctor.token).post(urlOf(route, sbB)).send({}) : await send(t.as(proctor.token), route, sbB);
      const expected = isReset ? 422 : route.method === 'get' ? 200 : 403;
      if (res.status !== expected) problems.push(`${label(route)} → ${res.status} (expected ${expected})`);
      if (sandboxFingerprint(t.dataDir, sbB) !== fpB) problems.push(`${label(route)} changed B's sandbox`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses every non-GET route except reset to an admin too (read-only in sandboxes)', async () => {
    const fpB = sandboxFingerprint(t.dataDir, sbB);
    const problems: string[] = [];
    for (const route of routes.filter((r) => r.method !== 'get' && !r.path.endsWith('/reset'))) {
      const res = await send(t.as(t.adminToken), route, sbB);
      if (res.status !== 403) problems.push(`${label(route)} → ${res.status}`);
    }
    expect(problems).toEqual([]);
    expect(sandboxFingerprint(t.dataDir, sbB)).toBe(fpB);
  });

  describe('odd sandbox ids', () => {
    const oddIds = ['..%2F..%2Fcontrol', '..%2Fcontrol', '../x', '..', 'A-UPPER', 'x'.repeat(100), '%00', 'sb-unknown', 'sb-%2e%2e', '-leading-dash', 'with%20space'];

    it.each(oddIds)('answers 4xx for %s on every route and creates no file', async (oddId) => {
      let decoded = oddId;
      try {
        decoded = decodeURIComponent(oddId);
      } catch {
        /* keep as is */
      }
      const target = path.join(t.dataDir, 'sandboxes', `${decoded}.sqlite`);
      const existed = fs.existsSync(target);
      const before = dataFiles(t.dataDir);
      const parent = fs.readdirSync(path.dirname(t.dataDir)).filter((f) => /control|\.sqlite/.test(f));
      const problems: string[] = [];
      for (const route of routes) {
        for (const [who, client] of [['admin', t.as(t.adminToken)], ['candidate', candidateA], ['proctor', t.as(proctor.token)]] as const) {
          const res = await send(client, route, oddId);
          if (res.status < 400 || res.status >= 500) problems.push(`${who} ${label(route)} → ${res.status}`);
        }
      }
      expect(problems).toEqual([]);
      expect(dataFiles(t.dataDir)).toEqual(before);
      expect(fs.readdirSync(path.dirname(t.dataDir)).filter((f) => /control|\.sqlite/.test(f))).toEqual(parent);
      expect(fs.existsSync(target)).toBe(existed);
    });
  });

  it("accepts the same requests from candidate B on B's own sandbox (so the refusals above are meaningful)", async () => {
    const problems: string[] = [];
    for (const route of routes.filter((r) => !r.path.endsWith('/reset'))) {
      const res = await send(candidateB, route, sbB);
      // Past the guards: done (2xx), or refused by a rule of the resource itself (405 ledger, 409, 422).
      const ok = res.status < 300 || [405, 409, 422].includes(res.status);
      if (!ok) problems.push(`${label(route)} → ${res.status} ${JSON.stringify(res.body)}`);
    }
    expect(problems).toEqual([]);
  });
});
