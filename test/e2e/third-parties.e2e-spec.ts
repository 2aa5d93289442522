import { clientBody, contactBody, enc, IDS, journalOf, listAll, prospectBody, Row } from '../support/fixtures';
import { Client, sandboxFingerprint, startTestApp, TestApp, withSqlite, sandboxFile } from '../support/test-app';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('Third parties', () => {
  let t: TestApp;
  let sb: string;
  let api: Client;
  let url: string;
  let all: Row[];

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken, { candidates: [{ name: 'Alice', candidateNumber: 'TP1' }] });
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session));
    url = `/api/sandboxes/${sb}/third-parties`;
    all = await listAll(api, url);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('list dialect', () => {
    it('answers one page with Content-Range: third-parties 0-9/<total>', async () => {
      const res = await api.get(`${url}?sort=${enc(['name', 'ASC'])}&range=${enc([0, 9])}&filter=${enc({})}`);
      expect(res.status).toBe(200);
      expect(all.length).toBeGreaterThan(10);
      expect(res.headers['content-range']).toBe(`third-parties 0-9/${all.length}`);
      expect(res.body).toHaveLength(10);
      const names = res.body.map((r: Row) => r.name as string);
      expect(names).toEqual([...names].sort());
    });

    it('sorts descending and pages with range', async () => {
      const first = await api.get(`${url}?sort=${enc(['code', 'DESC'])}&range=${enc([0, 4])}`);
      const second = await api.get(`${url}?sort=${enc(['code', 'DESC'])}&range=${enc([5, 9])}`);
      expect(second.headers['content-range']).toBe(`third-parties 5-9/${all.length}`);
      const codes = [...first.body, ...second.body].map((r: Row) => r.code as string);
      expect(codes).toEqual([...all.map((r) => r.code as string)].sort().reverse().slice(0, 10));
    });

    it('returns exactly the requested records with filter={"id":[...]} (getMany)', async () => {
      const ids = [all[3].id, all[0].id, all[7].id];
      const res = await api.get(`${url}?filter=${enc({ id: ids })}`);
      expect(res.status).toBe(200);
      expect(res.body.map((r: Row) => r.id).sort()).toEqual([...ids].sort());
      expect(res.headers['content-range']).toBe('third-parties 0-2/3');
    });

    it.each([
      ['client', 'isClient'],
      ['prospect', 'isProspect'],
      ['supplier', 'isSupplier'],
    ])('filters by role %s', async (role, flag) => {
      const rows = await listAll(api, url, { role });
      const expected = all.filter((r) => r[flag]).map((r) => r.id).sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(rows.map((r) => r.id).sort()).toEqual(expected);
    });

    it('finds tiers by free text, whatever the case and accents', async () => {
      const accented = all.find((r) => /[éèêàçô]/i.test(r.name as string))!;
      expect(accented).toBeDefined();
      const word = (accented.name as string).split(/\s+/).find((w) => /[éèêàçô]/i.test(w))!;
      for (const q of [word, fold(word), fold(word).toUpperCase(), word.toLowerCase()]) {
        const rows = await listAll(api, url, { q });
        expect(rows.map((r) => r.id)).toContain(accented.id);
        for (const r of rows) expect(fold([r.name, r.code, r.billingCity, r.email, r.siren, r.billingPostcode].join(' '))).toContain(fold(q));
      }
      const byQuery = await api.get(`${url}?q=${encodeURIComponent(fold(word))}`);
      expect(byQuery.body.map((r: Row) => r.id)).toContain(accented.id);
      await expect(listAll(api, url, { q: 'zzz-introuvable-zzz' })).resolves.toEqual([]);
    });

    it('combines filters (role and zone)', async () => {
      const rows = await listAll(api, url, { role: 'client', zone: 'eu' });
      expect(rows.map((r) => r.id).sort()).toEqual(all.filter((r) => r.isClient && r.zone === 'eu').map((r) => r.id).sort());
    });

    it.each([
      ['an unknown filter', `filter=${enc({ colour: 'red' })}`, { 'filter.colour': 'app.validation.unknown_filter' }],
      ['an unknown role', `filter=${enc({ role: 'friend' })}`, { 'filter.role': 'app.validation.choice' }],
      ['a sort on an unknown field', `sort=${enc(['password', 'ASC'])}`, { sort: 'app.validation.invalid' }],
      ['a malformed range', `range=${enc([9, 0])}`, { range: 'app.validation.invalid' }],
      ['a filter that is not JSON', 'filter=%7Bnope', { filter: 'app.validation.invalid' }],
      ['a filter value of the wrong type', `filter=${enc({ customerType: ['b2b'] })}`, { filter: 'app.validation.invalid' }],
      ['a range with one bound', `range=${enc([0])}`, { range: 'app.validation.invalid' }],
      ['an empty range', `range=${enc([])}`, { range: 'app.validation.invalid' }],
      ['a range beyond safe integers', `range=${enc([1e20, 1e20 + 10])}`, { range: 'app.validation.invalid' }],
      ['a "__proto__" filter', `filter=${encodeURIComponent('{"__proto__":{"role":"client"}}')}`, { 'filter.__proto__': 'app.validation.unknown_filter' }],
      ['a "constructor" filter', `filter=${enc({ constructor: 'x' })}`, { 'filter.constructor': 'app.validation.unknown_filter' }],
      ['a sort on "constructor"', `sort=${enc(['constructor', 'ASC'])}`, { sort: 'app.validation.invalid' }],
      ['a role named "toString"', `filter=${enc({ role: 'toString' })}`, { 'filter.role': 'app.validation.choice' }],
    ])('answers 422 for %s', async (_label, query, errors) => {
      const res = await api.get(`${url}?${query}`);
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual(errors);
      for (const key of Object.values(res.body.errors as Record<string, string>)) expect(key).toMatch(/^app\.validation\./);
    });
  });

  describe('CRUD as a candidate', () => {
    let created: Row;

    it('creates a client with a server-generated code and derived zone (201)', async () => {
      const res = await api.post(url).send(clientBody({ billingCountry: 'fr' }));
      expect(res.status).toBe(201);
      created = res.body;
      expect(created).toMatchObject({
        id: expect.any(Number),
        code: expect.stringMatching(/^C\d{4}$/),
        name: 'Papeterie de l’Étoile',
        isClient: true,
        isProspect: false,
        zone: 'fr',
        billingCountry: 'FR',
        siren: IDS.a.siren,
        vatNumber: IDS.a.vat,
        tags: ['papeterie'],
        contactCount: 0,
        accountManagerName: null,
      });
      const max = Math.max(...all.filter((r) => /^C\d+$/.test(r.code as string)).map((r) => Number((r.code as string).slice(1))));
      expect(created.code).toBe(`C${String(max + 1).padStart(4, '0')}`);
    });

    it('reads it back with GET /:id', async () => {
      const res = await api.get(`${url}/${created.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(created);
    });

    it('updates it with PUT /:id, ignoring read-only fields sent with the record', async () => {
      const res = await api.put(`${url}/${created.id}`).send({ ...created, name: 'Papeterie Étoile SAS', billingCity: 'Villeurbanne', billingPostcode: '69100', code: 'HACK', zone: 'export', contactCount: 99 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: created.id, code: created.code, name: 'Papeterie Étoile SAS', billingCity: 'Villeurbanne', zone: 'fr', contactCount: 0 });
      const again = await api.get(`${url}/${created.id}`);
      expect(again.body.name).toBe('Papeterie Étoile SAS');
    });

    it('derives the zone from the billing country', async () => {
      const res = await api.post(url).send(clientBody({ name: 'Büro Schmidt GmbH', siren: null, siret: null, vatNumber: 'DE123456789', billingCountry: 'DE', billingPostcode: '10115', billingCity: 'Berlin', phone: '+49 30 1234567' }));
      expect(res.status).toBe(201);
      expect(res.body.zone).toBe('eu');
      const uk = await api.post(url).send(clientBody({ name: 'London Office Ltd', siren: null, siret: null, vatNumber: null, billingCountry: 'GB', billingPostcode: 'SW1A 1AA', billingCity: 'London', phone: '+44 20 7946 0000' }));
      expect(uk.status).toBe(201);
      expect(uk.body.zone).toBe('export');
    });

    it('creates a prospect with a P code', async () => {
      const res = await api.post(url).send(prospectBody());
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ code: expect.stringMatching(/^P\d{4}$/), isProspect: true, isClient: false, prospectStatus: 'contacted' });
    });

    it('deletes a tier (and its contacts), then answers 404', async () => {
      const tier = (await api.post(url).send(clientBody({ name: 'À supprimer', siren: IDS.c.siren, siret: IDS.c.siret, vatNumber: IDS.c.vat }))).body;
      const contact = await api.post(`/api/sandboxes/${sb}/contacts`).send(contactBody(tier.id));
      expect(contact.status).toBe(201);
      const res = await api.delete(`${url}/${tier.id}`);
      expect(res.status).toBe(200);
      await expect(api.get(`${url}/${tier.id}`)).resolves.toHaveProperty('status', 404);
      await expect(api.get(`/api/sandboxes/${sb}/contacts/${contact.body.id}`)).resolves.toHaveProperty('status', 404);
    });

    it('refuses to delete a supplier that supplies products (409) and writes nothing', async () => {
      const products = await listAll(api, `/api/sandboxes/${sb}/products`);
      const supplierId = products.find((p) => p.supplierId)!.supplierId as number;
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.delete(`${url}/${supplierId}`);
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ code: 'THIRD_PARTY_IN_USE', message: expect.any(String) });
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('answers 404 for an unknown id, and for PUT and DELETE on it', async () => {
      await expect(api.get(`${url}/999999`)).resolves.toHaveProperty('status', 404);
      await expect(api.put(`${url}/999999`).send(clientBody())).resolves.toHaveProperty('status', 404);
      await expect(api.delete(`${url}/999999`)).resolves.toHaveProperty('status', 404);
    });
  });

  it('serialises concurrent writes: unique codes, no lost write, and an intact journal chain', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_x, i) => [
        api.post(url).send(clientBody({ name: `Concurrent ${i}`, siren: null, siret: null, vatNumber: null, customerType: 'b2c' })),
        api.get(`${url}?range=${enc([0, 4])}`),
      ]).flat(),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(12).fill(200), ...Array(12).fill(201)].sort());
    const created = await listAll(api, url, { q: 'Concurrent' });
    expect(created).toHaveLength(12);
    expect(new Set(created.map((r) => r.code)).size).toBe(12);
    await expect(api.get(`/api/sandboxes/${sb}/journal/verify`)).resolves.toMatchObject({ body: { ok: true } });
  });

  describe('validation of identifiers and contact data', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['a SIREN with a wrong Luhn key', { siren: '552100555', siret: null, vatNumber: null }, 'siren', 'siren'],
      ['a SIREN with 8 digits', { siren: '55210055', siret: null, vatNumber: null }, 'siren', 'siren'],
      ['a SIRET with a wrong Luhn key', { siret: '55210055400014' }, 'siret', 'siret'],
      ['a SIRET that does not start with the SIREN', { siret: IDS.b.siret }, 'siret', 'siret_siren_mismatch'],
      ['a FR VAT number with a wrong key', { vatNumber: 'FR97552100554' }, 'vatNumber', 'vat_number'],
      ['a valid FR VAT number of another SIREN', { vatNumber: IDS.b.vat }, 'vatNumber', 'vat_siren_mismatch'],
      ['a French IBAN typed in the VAT number field', { vatNumber: 'FR76 3000 6000 0112 3456 7890 189' }, 'vatNumber', 'too_long'],
      ['a short (Norwegian) IBAN typed in the VAT number field', { vatNumber: 'NO9386011117947' }, 'vatNumber', 'vat_number'],
      ['a Belgian IBAN typed in the SIRET field', { siret: 'BE68539007547034' }, 'siret', 'siret'],
      ['a Belgian IBAN typed in the SIREN field', { siren: 'BE68539007547034', siret: null, vatNumber: null }, 'siren', 'siren'],
      ['an e-mail without domain', { email: 'contact@' }, 'email', 'email'],
      ['an e-mail with a space', { email: 'jean dupont@exemple.fr' }, 'email', 'email'],
      ['a French phone with 9 digits', { phone: '04 78 12 34 5' }, 'phone', 'phone'],
      ['a phone with letters', { phone: '04 78 AB CD EF' }, 'phone', 'phone'],
      ['a French postcode with 4 digits', { billingPostcode: '6900' }, 'billingPostcode', 'postcode'],
      ['a French postcode 99xxx', { billingPostcode: '99000' }, 'billingPostcode', 'postcode'],
      ['a country name instead of a code', { billingCountry: 'France' }, 'billingCountry', 'country'],
      ['a missing SIREN for a French B2B client', { siren: null, siret: null, vatNumber: null }, 'siren', 'siren_required_for_client'],
      ['no role at all', { isClient: false, isProspect: false, isSupplier: false }, 'isClient', 'role_required'],
      ['an unknown payment term', { paymentTerms: 'net_90' }, 'paymentTerms', 'choice'],
      ['a negative credit limit', { creditLimitCents: -100 }, 'creditLimitCents', 'positive'],
      ['a credit limit in euros with decimals', { creditLimitCents: 12.5 }, 'creditLimitCents', 'integer'],
      ['an unknown account manager', { accountManagerId: 9999 }, 'accountManagerId', 'not_found'],
    ];

    it.each(cases)('answers 422 for %s and writes nothing', async (_label, overrides, field, key) => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(url).send(clientBody(overrides));
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
      expect(res.body.errors[field]).toBe(`app.validation.${key}`);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('reports every problem of a record at once', async () => {
      const res = await api.post(url).send(clientBody({ siren: '123', email: 'x', billingPostcode: 'ABC', name: '' }));
      expect(res.status).toBe(422);
      expect(res.body.errors).toMatchObject({ siren: 'app.validation.siren', email: 'app.validation.email', billingPostcode: 'app.validation.postcode', name: 'app.validation.required' });
    });

    it('accepts identifiers typed with spaces and stores them compact', async () => {
      const res = await api.post(url).send(clientBody({ name: 'Espaces SARL', siren: '552 100 570', siret: '552 100 570 00019', vatNumber: 'fr 47 552100570' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ siren: IDS.c.siren, siret: IDS.c.siret, vatNumber: IDS.c.vat });
    });

    it('accepts a VAT number typed with dots or dashes, checked against the SIREN and stored compact', async () => {
      const res = await api.post(url).send(clientBody({ name: 'Tirets SARL', vatNumber: 'FR-96.552-100-554' }));
      expect(res.status).toBe(201);
      expect(res.body.vatNumber).toBe(IDS.a.vat);
    });
  });

  describe('duplicates', () => {
    it('warns about tiers with the same SIREN or e-mail (case-insensitive), without blocking creation', async () => {
      const withSiren = all.find((r) => r.siren)!;
      const withEmail = all.find((r) => r.email && r.id !== withSiren.id)!;
      const res = await api.get(`${url}/duplicates?siren=${encodeURIComponent((withSiren.siren as string).replace(/(\d{3})/g, '$1 '))}&email=${encodeURIComponent((withEmail.email as string).toUpperCase())}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual(
        expect.arrayContaining([
          { id: withSiren.id, code: withSiren.code, name: withSiren.name, matchedOn: 'siren' },
          { id: withEmail.id, code: withEmail.code, name: withEmail.name, matchedOn: 'email' },
        ]),
      );
      const excluded = await api.get(`${url}/duplicates?siren=${withSiren.siren}&excludeId=${withSiren.id}`);
      expect(excluded.body.map((m: Row) => m.id)).not.toContain(withSiren.id);

      const twin = await api.post(url).send(clientBody({ name: 'Jumeau', siren: withSiren.siren, siret: null, vatNumber: null, email: withEmail.email }));
      expect(twin.status).toBe(201);
    });

    it('answers an empty list when nothing matches or nothing is given', async () => {
      await expect(api.get(`${url}/duplicates?siren=000000000`)).resolves.toMatchObject({ status: 200, body: [] });
      await expect(api.get(`${url}/duplicates`)).resolves.toMatchObject({ status: 200, body: [] });
    });
  });

  describe('convert-to-client', () => {
    it('turns a prospect into a client, keeping id, code and contacts', async () => {
      const prospect = (await api.post(url).send(prospectBody({ name: 'Prospect à convertir' }))).body;
      const contact = await api.post(`/api/sandboxes/${sb}/contacts`).send(contactBody(prospect.id));
      expect(contact.status).toBe(201);
      const res = await api.post(`${url}/${prospect.id}/convert-to-client`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: prospect.id,
        code: prospect.code,
        isClient: true,
        isProspect: false,
        prospectStatus: null,
        convertedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        paymentTerms: expect.any(String),
        paymentMethod: 'transfer',
        contactCount: 1,
      });
      const contacts = await listAll(api, `/api/sandboxes/${sb}/contacts`, { thirdPartyId: prospect.id });
      expect(contacts.map((c) => c.id)).toEqual([contact.body.id]);
      const clients = await listAll(api, url, { role: 'client' });
      expect(clients.map((c) => c.id)).toContain(prospect.id);

      const again = await api.post(`${url}/${prospect.id}/convert-to-client`);
      expect(again.status).toBe(409);
      expect(again.body).toEqual({ code: 'NOT_A_PROSPECT', message: expect.any(String) });
    });

    it('answers 409 NOT_A_PROSPECT for a client of the scenario and writes nothing', async () => {
      const client = all.find((r) => r.isClient)!;
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(`${url}/${client.id}/convert-to-client`);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('NOT_A_PROSPECT');
      expect(res.body.message).toMatch(/prospect/);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });

    it('refuses to convert a French B2B prospect without SIREN (422 errors.siren)', async () => {
      const prospect = (await api.post(url).send(prospectBody({ name: 'Sans SIREN', siren: null, siret: null, vatNumber: null }))).body;
      const res = await api.post(`${url}/${prospect.id}/convert-to-client`);
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual({ siren: 'app.validation.siren_required_for_client' });
    });

    it('answers 404 for an unknown tier', async () => {
      await expect(api.post(`${url}/999999/convert-to-client`)).resolves.toHaveProperty('status', 404);
    });
  });

  describe('journal', () => {
    it('records every successful change, and the chain verifies', async () => {
      const journal = await journalOf(api, sb);
      const mine = journal.filter((e) => e.resource === 'third-parties');
      const actions = new Set(mine.map((e) => e.action));
      expect([...actions].sort()).toEqual(['convert-to-client', 'create', 'delete', 'update']);
      for (const e of mine) expect(e).toMatchObject({ username: expect.stringMatching(/^s\d+-tp1$/), role: 'candidate', recordId: expect.any(String) });
      const update = mine.find((e) => e.action === 'update')!;
      expect(update.changes).toMatchObject({ before: { name: 'Papeterie de l’Étoile' }, after: { name: 'Papeterie Étoile SAS' } });
      const verify = await api.get(`/api/sandboxes/${sb}/journal/verify`);
      expect(verify.status).toBe(200);
      expect(verify.body).toEqual({ ok: true, count: journal.length });
    });

    it('reports a broken chain after an entry is edited directly in the SQLite file', async () => {
      const journal = await journalOf(api, sb);
      const target = journal[1];
      withSqlite(sandboxFile(t.dataDir, sb), (db) => db.prepare('UPDATE journal_entry SET label = ? WHERE id = ?').run('Rien à voir ici', target.id), { readonly: false });
      const verify = await api.get(`/api/sandboxes/${sb}/journal/verify`);
      expect(verify.status).toBe(200);
      expect(verify.body).toEqual({ ok: false, count: journal.length, brokenAtId: target.id });
    });
  });
});
