/**
 * Every document of the chain as a real PDF over HTTP: content type, file name, the text a jury
 * reads (pdftotext), and the Factur-X validator on the invoice produced by the API.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listAll, Row } from '../support/fixtures';
import { Client, startTestApp, TestApp } from '../support/test-app';
import { binary, pdfText } from '../support/pdf';

const VALIDATOR = path.resolve(__dirname, '../../../shared/validators/facturx/validate.sh');

describe('Document PDFs', () => {
  let t: TestApp;
  let api: Client;
  let base: string;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestApp();
    const session = await t.createSession(t.adminToken);
    api = t.as(await t.candidateToken(session, 0));
    base = `/api/sandboxes/${session.candidates[0].sandboxId}`;
    const client = (await listAll(api, `${base}/third-parties`, { role: 'client', zone: 'fr', customerType: 'b2b' }))[0];
    const product = (await listAll(api, `${base}/products`, { type: 'good' })).find((p: Row) => (p.onHand as number) >= 2)!;
    const quote = (await api.post(`${base}/quotes`).send({ clientId: client.id, lines: [{ productId: product.id, quantity: 2 }] })).body;
    ids.quotes = quote.id;
    const order = (await api.post(`${base}/orders`).send({ clientId: client.id, clientReference: 'PO-PDF-1', lines: [{ productId: product.id, quantity: 2 }] })).body;
    await api.post(`${base}/orders/${order.id}/validate`).send({});
    ids.orders = order.id;
    const note = (await api.post(`${base}/delivery-notes`).send({ orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] })).body;
    await api.post(`${base}/delivery-notes/${note.id}/validate`);
    ids['delivery-notes'] = note.id;
    const invoice = (await api.post(`${base}/invoices/from-delivery-notes`).send({ deliveryNoteIds: [note.id] })).body;
    await api.post(`${base}/invoices/${invoice.id}/validate`);
    ids.invoices = invoice.id;
    const credit = (await api.post(`${base}/credit-notes`).send({ invoiceId: invoice.id, reason: 'Geste commercial', amountCents: 100, vatRateBp: 2000 })).body;
    await api.post(`${base}/credit-notes/${credit.id}/validate`);
    ids['credit-notes'] = credit.id;
  });

  afterAll(() => t.close());

  it.each([
    ['quotes', /^BROUILLON-devis-\d+\.pdf$/, ['DEVIS', 'Brouillon (non numéroté)']],
    ['orders', /^CMD-2026-\d{4}\.pdf$/, ['PO-PDF-1']],
    ['delivery-notes', /^BL-2026-\d{4}\.pdf$/, ['BON DE LIVRAISON', 'CMD-2026-']],
    ['invoices', /^FA-2026-\d{4}\.pdf$/, ['FACTURE', 'PO-PDF-1', 'BL-2026-', '12,15 %', '40 €', 'Page 1 / 1']],
    ['credit-notes', /^AV-2026-\d{4}\.pdf$/, ['AVOIR', 'FA-2026-']],
  ])('serves the %s PDF inline with its number as file name and its mentions', async (resource, filename, mentions) => {
    const res = await api.get(`${base}/${resource}/${ids[resource]}/pdf`).buffer(true).parse(binary as never);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const name = /filename="([^"]+)"/.exec(res.headers['content-disposition'])?.[1] ?? '';
    expect(name).toMatch(filename);
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(body);
    for (const mention of mentions) expect(text).toContain(mention);
  });

  it('answers 404 for a document that does not exist', async () => {
    await expect(api.get(`${base}/invoices/999999/pdf`)).resolves.toHaveProperty('status', 404);
  });

  it('produces a Factur-X invoice the official validator accepts with no error and no warning', async () => {
    if (!fs.existsSync(VALIDATOR)) {
      if (process.env.REQUIRE_BROWSER === '1' || process.env.CI) throw new Error(`Factur-X validator missing at ${VALIDATOR}`);
      console.warn(`Factur-X validator not found at ${VALIDATOR}: skipped`);
      return;
    }
    const res = await api.get(`${base}/invoices/${ids.invoices}/pdf`).buffer(true).parse(binary as never);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fx-')), 'invoice.pdf');
    fs.writeFileSync(file, res.body as Buffer);
    const out = execFileSync('bash', [VALIDATOR, file], { encoding: 'utf8', env: { ...process.env, FACTURX_FAIL_ON_WARNINGS: '1' } });
    expect(out.trim().split('\n').at(-1)).toBe('facturx: 0 errors, 0 warnings');
  }, 120_000);
});
