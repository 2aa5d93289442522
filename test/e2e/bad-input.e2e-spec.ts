/**
 * Hostile and clumsy bodies on every write of the sandbox resources and of sessions: each is refused
 * with a 4xx in the contract's shape (422 { errors: { field: "app.validation.*" } } for field
 * problems), and the sandbox file is left exactly as it was.
 */
import { clientBody, contactBody, listAll, productBody, Row } from '../support/fixtures';
import { Client, dataFiles, sandboxFingerprint, sessionInput, startTestApp, TestApp } from '../support/test-app';

type Body = Record<string, unknown>;

interface ResourceSpec {
  name: 'third-parties' | 'contacts' | 'products' | 'stock-movements';
  canPut: boolean;
  /** A required text field. */
  text: string;
  /** A long text field and its maximum. */
  long: string;
  /** An integer field (cents or id) and whether it is required. */
  int: string;
  intRequired: boolean;
  /** A quantity field (≤ 3 decimals), if any. */
  quantity?: string;
  /** A field holding one of a fixed list of values. */
  choice: string;
}

const RESOURCES: ResourceSpec[] = [
  { name: 'third-parties', canPut: true, text: 'name', long: 'notes', int: 'creditLimitCents', intRequired: false, choice: 'customerType' },
  { name: 'contacts', canPut: true, text: 'lastName', long: 'notes', int: 'thirdPartyId', intRequired: true, choice: 'preferredChannel' },
  { name: 'products', canPut: true, text: 'label', long: 'description', int: 'salePriceCents', intRequired: true, quantity: 'reorderPoint', choice: 'type' },
  { name: 'stock-movements', canPut: false, text: 'reason', long: 'reason', int: 'productId', intRequired: true, quantity: 'quantity', choice: 'type' },
];

/** A JSON text with `"__RAW__"` replaced by a literal JSON.stringify cannot produce (1e309, NaN…). */
const RAW = '__RAW__';
const rawJson = (body: Body, literal: string) => JSON.stringify(body).replace(`"${RAW}"`, literal);

interface BadCase {
  name: string;
  build(r: ResourceSpec, valid: Body): Body | string | null;
  status: number;
  /** Field and key expected in a 422's errors. */
  error?(r: ResourceSpec): [string, string];
  code?: string;
}

const numberKey = (r: ResourceSpec, field: string) => (field === r.quantity ? 'app.validation.number' : 'app.validation.integer');

const CASES: BadCase[] = [
  { name: 'a number for a text', build: (r, v) => ({ ...v, [r.text]: 42 }), status: 422, error: (r) => [r.text, 'app.validation.string'] },
  { name: 'a boolean for a text', build: (r, v) => ({ ...v, [r.text]: true }), status: 422, error: (r) => [r.text, 'app.validation.string'] },
  { name: 'an array for a text', build: (r, v) => ({ ...v, [r.text]: ['Dupont'] }), status: 422, error: (r) => [r.text, 'app.validation.string'] },
  { name: 'an object for a text', build: (r, v) => ({ ...v, [r.text]: { $ne: null } }), status: 422, error: (r) => [r.text, 'app.validation.string'] },
  { name: 'null for a required text', build: (r, v) => ({ ...v, [r.text]: null }), status: 422, error: (r) => [r.text, 'app.validation.required'] },
  { name: 'a missing required text', build: (r, v) => ({ ...v, [r.text]: undefined }), status: 422, error: (r) => [r.text, 'app.validation.required'] },
  { name: 'a string for an integer', build: (r, v) => ({ ...v, [r.int]: '12' }), status: 422, error: (r) => [r.int, 'app.validation.integer'] },
  { name: 'an array for an integer', build: (r, v) => ({ ...v, [r.int]: [12] }), status: 422, error: (r) => [r.int, 'app.validation.integer'] },
  { name: 'an object for an integer', build: (r, v) => ({ ...v, [r.int]: { value: 12 } }), status: 422, error: (r) => [r.int, 'app.validation.integer'] },
  { name: 'a negative integer', build: (r, v) => ({ ...v, [r.int]: -1 }), status: 422, error: (r) => [r.int, 'app.validation.positive'] },
  { name: 'a decimal integer', build: (r, v) => ({ ...v, [r.int]: 1.5 }), status: 422, error: (r) => [r.int, 'app.validation.integer'] },
  { name: '"NaN" for an integer', build: (r, v) => ({ ...v, [r.int]: 'NaN' }), status: 422, error: (r) => [r.int, 'app.validation.integer'] },
  { name: '1e309 (Infinity) as raw JSON for an integer', build: (r, v) => rawJson({ ...v, [r.int]: RAW }, '1e309'), status: 422, error: (r) => [r.int, 'app.validation.integer'] },
  { name: '-1e309 as raw JSON for an integer', build: (r, v) => rawJson({ ...v, [r.int]: RAW }, '-1e309'), status: 422, error: (r) => [r.int, 'app.validation.integer'] },
  { name: 'an integer beyond 2^53 as raw JSON', build: (r, v) => rawJson({ ...v, [r.int]: RAW }, '123456789012345678901234567890'), status: 422, error: (r) => [r.int, expect.stringMatching(/^app\.validation\.(integer|too_large)$/) as unknown as string] },
  { name: 'null for a choice', build: (r, v) => ({ ...v, [r.choice]: null }), status: 422, error: (r) => [r.choice, 'app.validation.required'] },
  { name: 'a value outside a choice', build: (r, v) => ({ ...v, [r.choice]: 'DROP TABLE' }), status: 422, error: (r) => [r.choice, 'app.validation.choice'] },
  { name: 'a 100 kB string', build: (r, v) => ({ ...v, [r.long]: 'é'.repeat(50_000) }), status: 422, error: (r) => [r.long, 'app.validation.too_long'] },
  { name: 'a 100 000-character string', build: (r, v) => ({ ...v, [r.long]: 'x'.repeat(100_000) }), status: 422, error: (r) => [r.long, 'app.validation.too_long'] },
  { name: 'a 300 kB body', build: (r, v) => ({ ...v, [r.long]: 'x'.repeat(300_000) }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'a malformed JSON body', build: () => '{"name": "Dupont", ', status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON array body', build: (_r, v) => JSON.stringify([v]), status: 422, error: (r) => [r.text, 'app.validation.required'] },
  { name: 'a JSON null body', build: () => 'null', status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty object', build: () => ({}), status: 422, error: (r) => [r.text, 'app.validation.required'] },
];

const QUANTITY_CASES: BadCase[] = [
  { name: 'a quantity with 4 decimals', build: (r, v) => ({ ...v, [r.quantity!]: 1.2345 }), status: 422, error: (r) => [r.quantity!, 'app.validation.number'] },
  { name: 'a quantity as a string', build: (r, v) => ({ ...v, [r.quantity!]: '1' }), status: 422, error: (r) => [r.quantity!, 'app.validation.number'] },
  { name: '"NaN" for a quantity', build: (r, v) => ({ ...v, [r.quantity!]: 'NaN' }), status: 422, error: (r) => [r.quantity!, 'app.validation.number'] },
  { name: '1e309 as raw JSON for a quantity', build: (r, v) => rawJson({ ...v, [r.quantity!]: RAW }, '1e309'), status: 422, error: (r) => [r.quantity!, 'app.validation.number'] },
  { name: 'a huge quantity', build: (r, v) => ({ ...v, [r.quantity!]: 1e12 }), status: 422, error: (r) => [r.quantity!, 'app.validation.too_large'] },
];

describe('Bad input', () => {
  let t: TestApp;
  let sb: string;
  let api: Client;
  let ids: Record<string, number>;
  let valid: Record<string, () => Body>;

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken, { candidates: [{ name: 'Alice', candidateNumber: 'BI1' }] });
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session));
    const base = `/api/sandboxes/${sb}`;
    const familyId = (await listAll(api, `${base}/product-families`))[0].id;
    const tier = (await listAll(api, `${base}/third-parties`, { role: 'client' }))[0];
    const good = (await listAll(api, `${base}/products`)).find((p) => p.type === 'good' && (p.onHand as number) > 5)!;
    valid = {
      'third-parties': () => clientBody(),
      contacts: () => contactBody(tier.id),
      products: () => productBody(familyId, { reference: 'BAD-INPUT-1' }),
      'stock-movements': () => ({ productId: good.id, type: 'adjustment', quantity: 1, reason: 'Réception' }),
    };
    ids = {};
    for (const r of RESOURCES.filter((x) => x.canPut)) {
      const res = await api.post(`${base}/${r.name}`).send(valid[r.name]());
      expect(res.status).toBe(201);
      ids[r.name] = res.body.id;
    }
    valid.products = () => productBody(familyId);
  });
  afterAll(async () => {
    await t?.close();
  });

  const send = (method: 'post' | 'put', url: string, body: Body | string | null) => {
    const req = api[method](url);
    return typeof body === 'string' ? req.set('Content-Type', 'application/json').send(body) : req.send(body ?? undefined);
  };

  describe.each(RESOURCES)('$name', (r) => {
    const methods: ('post' | 'put')[] = r.canPut ? ['post', 'put'] : ['post'];
    const cases = [...CASES, ...(r.quantity ? QUANTITY_CASES : [])];

    describe.each(methods)('%s', (method) => {
      const url = () => `/api/sandboxes/${sb}/${r.name}${method === 'put' ? `/${ids[r.name]}` : ''}`;

      it.each(cases.map((c) => [c.name, c] as const))('refuses %s, in the contract shape, and writes nothing', async (_name, c) => {
        const before = sandboxFingerprint(t.dataDir, sb);
        const res = await send(method, url(), c.build(r, valid[r.name]()));
        expect(res.status).toBe(c.status);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
        if (c.code) expect(res.body.code).toBe(c.code);
        if (c.error) {
          const [field, key] = c.error(r);
          expect(res.body.code).toBe('VALIDATION_FAILED');
          expect(res.body.errors).toMatchObject({ [field]: key });
          for (const value of Object.values(res.body.errors as Record<string, unknown>)) expect(value).toEqual(expect.stringMatching(/^app\.validation\./));
        }
        expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
      });

      if (r.intRequired) {
        it('refuses null for a required integer', async () => {
          const before = sandboxFingerprint(t.dataDir, sb);
          const res = await send(method, url(), { ...valid[r.name](), [r.int]: null });
          expect(res.status).toBe(422);
          expect(res.body.errors[r.int]).toBe('app.validation.required');
          expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
        });
      }

      it('strips unknown fields: the saved record has no such property', async () => {
        const body = { ...valid[r.name](), hacked: true, __proto__x: 'x', isAdmin: true, sandboxId: 'sb-other', id: 987654, createdAt: '1999-01-01T00:00:00', author: 'quelqu-un', sourceType: 'invoice' };
        const res = await send(method, url(), body);
        expect(res.status).toBe(method === 'post' ? 201 : 200);
        for (const key of ['hacked', '__proto__x', 'isAdmin', 'sandboxId']) expect(res.body).not.toHaveProperty(key);
        expect(res.body.id).not.toBe(987654);
        expect(res.body.createdAt).not.toBe('1999-01-01T00:00:00');
        if (r.name === 'stock-movements') expect(res.body).toMatchObject({ author: expect.stringMatching(/^s\d+-bi1$/), sourceType: 'manual' });
        const read = await api.get(`/api/sandboxes/${sb}/${r.name}/${res.body.id}`);
        expect(read.body).not.toHaveProperty('hacked');
        expect(JSON.stringify(read.body)).not.toContain('quelqu-un');
      });
    });
  });

  it('stores an emptied optional number or checkbox ("") as null, and refuses "" for a required one', async () => {
    const base = `/api/sandboxes/${sb}`;
    const tier = await api.post(`${base}/third-parties`).send(clientBody({ creditLimitCents: '', supplierLeadTimeDays: '', accountManagerId: '', isSupplier: '' }));
    expect(tier.status).toBe(201);
    expect(tier.body).toMatchObject({ creditLimitCents: null, supplierLeadTimeDays: null, accountManagerId: null, isSupplier: false });
    const product = await api.post(`${base}/products`).send({ ...valid.products(), reorderPoint: '', reorderQuantity: ' ', weightGrams: '' });
    expect(product.status).toBe(201);
    expect(product.body).toMatchObject({ reorderPoint: 0, reorderQuantity: 0, weightGrams: null });
    const before = sandboxFingerprint(t.dataDir, sb);
    const movement = await api.post(`${base}/stock-movements`).send({ ...valid['stock-movements'](), quantity: '' });
    expect(movement.status).toBe(422);
    expect(movement.body.errors).toEqual({ quantity: 'app.validation.required' });
    const price = await api.post(`${base}/products`).send({ ...valid.products(), salePriceCents: '' });
    expect(price.status).toBe(422);
    expect(price.body.errors).toEqual({ salePriceCents: 'app.validation.required' });
    expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
  });

  it('never answers 5xx to junk list parameters, on any list of the sandbox', async () => {
    const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));
    const lists = ['third-parties', 'contacts', 'products', 'product-families', 'stock-movements', 'staff', 'journal'];
    const junk = [
      `range=${enc([0])}`, `range=${enc([1e20, 1e20])}`, `range=${enc(['0', '9'])}`, `range=${enc({ a: 1 })}`, 'range=1', `sort=${enc([])}`,
      `sort=${enc(['__proto__', 'ASC'])}`, `sort=${enc(['id', 'ASC; DROP TABLE product'])}`, `filter=${encodeURIComponent('{"__proto__":{"x":1}}')}`,
      `filter=${enc({ toString: 1 })}`, `filter=${enc({ id: 'x' })}`, `filter=${enc({ id: [] })}`, `filter=${enc({ q: { $regex: '.' } })}`,
      `filter=${enc({ q: "%_'\\" })}`, 'filter=null', 'filter=%22x%22', 'sort[]=a', 'filter[q]=a', 'q[a]=1',
    ];
    const problems: string[] = [];
    for (const list of lists) {
      for (const q of junk) {
        const res = await api.get(`/api/sandboxes/${sb}/${list}?${q}`);
        if (![200, 422].includes(res.status)) problems.push(`${list}?${decodeURIComponent(q)} → ${res.status}`);
        if (res.status === 422 && !Object.values(res.body.errors ?? {}).every((k) => /^app\.validation\./.test(String(k)))) problems.push(`${list}?${q} → ${JSON.stringify(res.body)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the company identity (name, SIREN, IBAN) read-only, and checks the editable settings', async () => {
    const url = `/api/sandboxes/${sb}/company`;
    const company = (await api.get(url)).body;
    const before = sandboxFingerprint(t.dataDir, sb);
    for (const [field, value, key] of [['email', 'compta@', 'email'], ['phone', '01 23', 'phone'], ['defaultLanguage', 'de', 'choice'], ['website', 42, 'string']] as const) {
      const res = await api.put(url).send({ ...company, [field]: value });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ [field]: `app.validation.${key}` });
    }
    expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    const res = await api.put(url).send({ ...company, name: 'Société pirate', siren: '123456789', iban: 'FR7630006000011234567890189', bic: 'XXXX', capitalCents: 1, email: 'accueil@exemple.fr' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: company.name, siren: company.siren, iban: company.iban, bic: company.bic, capitalCents: company.capitalCents, email: 'accueil@exemple.fr' });
  });

  it('refuses a non-numeric :id in the path with a 4xx and writes nothing', async () => {
    const before = sandboxFingerprint(t.dataDir, sb);
    for (const id of ['abc', '1.5', '-1', '1;DROP', '99999999999999999999']) {
      const res = await api.put(`/api/sandboxes/${sb}/third-parties/${id}`).send(clientBody());
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
  });

  it('refuses a negative inventory count and a NaN-like count', async () => {
    const before = sandboxFingerprint(t.dataDir, sb);
    for (const countedQuantity of [-1, 'NaN', '10']) {
      const res = await api.post(`/api/sandboxes/${sb}/stock-movements`).send({ ...valid['stock-movements'](), type: 'inventory', quantity: undefined, countedQuantity });
      expect(res.status).toBe(422);
      expect(res.body.errors.countedQuantity).toMatch(/^app\.validation\.(positive|number)$/);
    }
    expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
  });

  describe('POST /api/sessions', () => {
    const state = async () => {
      const res = await t.as(t.adminToken).get('/api/sessions');
      return { sessions: res.headers['content-range'], files: dataFiles(t.dataDir) };
    };

    const cases: [string, Body | string, number, Record<string, unknown> | null][] = [
      ['a number for the name', sessionInput({ name: 42 as never }), 422, { name: 'app.validation.string' }],
      ['an array for the name', sessionInput({ name: ['x'] as never }), 422, { name: 'app.validation.string' }],
      ['an object for the scenario', sessionInput({ scenarioId: { $gt: '' } as never }), 422, { scenarioId: 'app.validation.string' }],
      ['null for the scenario', sessionInput({ scenarioId: null as never }), 422, { scenarioId: 'app.validation.required' }],
      ['a string for the duration', sessionInput({ durationMinutes: '180' as never }), 422, { durationMinutes: 'app.validation.integer' }],
      ['a negative duration', sessionInput({ durationMinutes: -180 }), 422, { durationMinutes: 'app.validation.positive' }],
      ['a decimal duration', sessionInput({ durationMinutes: 90.5 }), 422, { durationMinutes: 'app.validation.integer' }],
      ['"NaN" for the duration', sessionInput({ durationMinutes: 'NaN' as never }), 422, { durationMinutes: 'app.validation.integer' }],
      ['1e309 as raw JSON for the duration', rawJson({ ...sessionInput(), durationMinutes: RAW }, '1e309'), 422, { durationMinutes: 'app.validation.integer' }],
      ['a number for a start date', sessionInput({ startsAt: 1_770_000_000_000 as never }), 422, { startsAt: 'app.validation.date' }],
      ['an impossible start date', sessionInput({ startsAt: '2026-02-30T08:00:00Z' }), 422, { startsAt: 'app.validation.date' }],
      ['a 100 kB session name', sessionInput({ name: 'x'.repeat(100_000) }), 422, { name: 'app.validation.too_long' }],
      ['a 300 kB body', sessionInput({ name: 'x'.repeat(300_000) }), 413, null],
      ['a number for a candidate name', sessionInput({ candidates: [{ name: 7 as never, candidateNumber: '1' }] }), 422, { candidates: { 0: { name: 'app.validation.string' } } }],
      ['an object for the candidates', sessionInput({ candidates: { 0: { name: 'A', candidateNumber: '1' } } as never }), 422, { candidates: 'app.validation.required' }],
      ['null inside the candidates', sessionInput({ candidates: [null as never] }), 422, { candidates: { 0: 'app.validation.invalid' } }],
      ['decimal extra minutes', sessionInput({ candidates: [{ name: 'A', candidateNumber: '1', extraMinutes: 7.5 }] }), 422, { candidates: { 0: { extraMinutes: 'app.validation.integer' } } }],
      ['301 candidates', sessionInput({ candidates: Array.from({ length: 301 }, (_x, i) => ({ name: `C${i}`, candidateNumber: `N${i}` })) }), 422, { candidates: 'app.validation.too_large' }],
      ['a malformed JSON body', '{"name": "Session", "candidates": [', 400, null],
    ];

    it.each(cases)('refuses %s and creates nothing', async (_label, body, status, errors) => {
      const before = await state();
      const req = t.as(t.adminToken).post('/api/sessions');
      const res = await (typeof body === 'string' ? req.set('Content-Type', 'application/json').send(body) : req.send(body));
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
      if (errors) expect(res.body.errors).toMatchObject(errors);
      expect(await state()).toEqual(before);
    });

    it('strips unknown fields at every level (no chosen password, no demo flag)', async () => {
      const body = sessionInput({ candidates: [{ name: 'A', candidateNumber: 'U1', password: 'mon-mot-de-passe', role: 'admin' } as never] });
      const res = await t.as(t.adminToken).post('/api/sessions').send({ ...body, isDemo: true, archivedAt: '2000-01-01T00:00:00Z' });
      expect(res.status).toBe(201);
      expect(res.body).not.toHaveProperty('isDemo', true);
      expect(res.body.status).toBe('running');
      expect(res.body.candidates[0].password).not.toBe('mon-mot-de-passe');
      const login = await t.http.post('/api/auth/login').send({ username: res.body.candidates[0].username, password: res.body.candidates[0].password });
      expect(login.body.user.role).toBe('candidate');
    });
  });

  it('leaves every record readable afterwards (no half-written row)', async () => {
    for (const r of RESOURCES) {
      const rows: Row[] = await listAll(api, `/api/sandboxes/${sb}/${r.name}`);
      expect(rows.length).toBeGreaterThan(0);
    }
    await expect(api.get(`/api/sandboxes/${sb}/journal/verify`)).resolves.toMatchObject({ body: { ok: true } });
  });
});
