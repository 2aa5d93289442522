import { contactBody, enc, journalOf, listAll, Row } from '../support/fixtures';
import { Client, sandboxFingerprint, startTestApp, TestApp } from '../support/test-app';

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

describe('Contacts', () => {
  let t: TestApp;
  let sb: string;
  let api: Client;
  let url: string;
  let all: Row[];
  let tier: Row;

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken, { candidates: [{ name: 'Alice', candidateNumber: 'CT1' }] });
    sb = session.candidates[0].sandboxId;
    api = t.as(await t.candidateToken(session));
    url = `/api/sandboxes/${sb}/contacts`;
    all = await listAll(api, url);
    tier = (await listAll(api, `/api/sandboxes/${sb}/third-parties`, { role: 'client' }))[0];
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('list dialect', () => {
    it('answers one page with Content-Range: contacts 0-4/<total>, sorted', async () => {
      const res = await api.get(`${url}?sort=${enc(['lastName', 'ASC'])}&range=${enc([0, 4])}`);
      expect(res.status).toBe(200);
      expect(all.length).toBeGreaterThan(5);
      expect(res.headers['content-range']).toBe(`contacts 0-4/${all.length}`);
      const names = res.body.map((r: Row) => r.lastName as string);
      expect(names).toEqual([...names].sort());
      expect(res.body[0]).toMatchObject({ thirdPartyId: expect.any(Number), thirdPartyName: expect.any(String) });
    });

    it('answers an empty page past the end with a coherent Content-Range', async () => {
      const res = await api.get(`${url}?range=${enc([5000, 5009])}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
      expect(res.headers['content-range']).toBe(`contacts 5000-5000/${all.length}`);
    });

    it('filters by third party, by consent and by id list', async () => {
      const owner = all[0].thirdPartyId as number;
      const rows = await listAll(api, url, { thirdPartyId: owner });
      expect(rows.map((r) => r.id).sort()).toEqual(all.filter((r) => r.thirdPartyId === owner).map((r) => r.id).sort());
      const granted = await listAll(api, url, { marketingConsent: 'granted' });
      expect(granted.map((r) => r.id).sort()).toEqual(all.filter((r) => r.marketingConsent === 'granted').map((r) => r.id).sort());
      const ids = [all[1].id, all[2].id];
      const many = await listAll(api, url, { id: ids });
      expect(many.map((r) => r.id).sort()).toEqual([...ids].sort());
    });

    it('finds contacts by free text, ignoring accents and case', async () => {
      const accented = all.find((r) => /[éèêëàçôîï]/i.test(`${r.firstName} ${r.lastName}`));
      const target = accented ?? all[0];
      const word = `${target.firstName} ${target.lastName}`.split(' ').find((w) => /[éèêëàçôîï]/i.test(w)) ?? (target.lastName as string);
      for (const q of [word, fold(word).toUpperCase()]) {
        const rows = await listAll(api, url, { q });
        expect(rows.map((r) => r.id)).toContain(target.id);
      }
    });
  });

  describe('CRUD as a candidate', () => {
    let created: Row;

    it('creates a contact on a tier (201) and returns the whole record', async () => {
      const res = await api.post(url).send(contactBody(tier.id, { email: 'Elodie.Garnier@Example.FR' }));
      expect(res.status).toBe(201);
      created = res.body;
      expect(created).toMatchObject({
        id: expect.any(Number),
        thirdPartyId: tier.id,
        thirdPartyName: tier.name,
        firstName: 'Élodie',
        email: 'elodie.garnier@example.fr',
        marketingConsent: 'granted',
        consentDate: '2026-03-02',
        isPrimary: false,
        notes: null,
        accessibilityNeeds: null,
      });
      const read = await api.get(`${url}/${created.id}`);
      expect(read.body).toEqual(created);
      const owner = await api.get(`/api/sandboxes/${sb}/third-parties/${tier.id}`);
      expect(owner.body.contactCount).toBe(all.filter((r) => r.thirdPartyId === tier.id).length + 1);
    });

    it('updates it with PUT, ignoring read-only fields', async () => {
      const res = await api.put(`${url}/${created.id}`).send({ ...created, jobTitle: 'Directrice administrative', thirdPartyName: 'Autre', createdAt: '1999-01-01T00:00:00' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: created.id, jobTitle: 'Directrice administrative', thirdPartyName: tier.name, createdAt: created.createdAt });
    });

    it('deletes it, then answers 404', async () => {
      const res = await api.delete(`${url}/${created.id}`);
      expect(res.status).toBe(200);
      await expect(api.get(`${url}/${created.id}`)).resolves.toHaveProperty('status', 404);
    });

    it('records create, update and delete in the journal, and the chain verifies', async () => {
      const journal = await journalOf(api, sb);
      const mine = journal.filter((e) => e.resource === 'contacts' && e.recordId === String(created.id));
      expect(mine.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
      expect(mine[1].changes).toEqual({ before: { jobTitle: 'Responsable achats' }, after: { jobTitle: 'Directrice administrative' } });
      await expect(api.get(`/api/sandboxes/${sb}/journal/verify`)).resolves.toMatchObject({ status: 200, body: { ok: true, count: journal.length } });
    });
  });

  describe('validation', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['an unknown tier', { thirdPartyId: 999999 }, 'thirdPartyId', 'not_found'],
      ['a bad e-mail', { email: 'elodie.garnier@' }, 'email', 'email'],
      ['an e-mail with two @', { email: 'a@b@example.fr' }, 'email', 'email'],
      ['a bad phone', { phone: '12345' }, 'phone', 'phone'],
      ['a bad mobile', { mobile: '06 12 34' }, 'mobile', 'phone'],
      ['a consent date that does not exist', { consentDate: '2026-02-30' }, 'consentDate', 'date'],
      ['a consent date in French notation', { consentDate: '02/03/2026' }, 'consentDate', 'date'],
      ['a granted consent without date', { consentDate: null }, 'consentDate', 'consent_date_required'],
      ['a granted consent without source', { consentSource: '' }, 'consentSource', 'consent_source_required'],
      ['an e-mail channel without e-mail', { email: null }, 'email', 'required_for_channel'],
      ['an SMS channel without any phone', { preferredChannel: 'sms', phone: null, mobile: null }, 'phone', 'required_for_channel'],
      ['an unknown civility', { civility: 'Dr' }, 'civility', 'choice'],
      ['a missing last name', { lastName: '   ' }, 'lastName', 'required'],
      ['an unknown consent value', { marketingConsent: 'yes' }, 'marketingConsent', 'choice'],
    ];

    it.each(cases)('answers 422 for %s and writes nothing', async (_label, overrides, field, key) => {
      const before = sandboxFingerprint(t.dataDir, sb);
      const res = await api.post(url).send(contactBody(tier.id, overrides));
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ message: expect.any(String) });
      expect(res.body.errors[field]).toBe(`app.validation.${key}`);
      expect(sandboxFingerprint(t.dataDir, sb)).toBe(before);
    });
  });
});
