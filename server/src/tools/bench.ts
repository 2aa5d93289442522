/**
 * `npm run bench`: measures what users wait for, on this machine, through real HTTP on real files.
 * Prints a table and writes data/bench-results.json (or $DATA_DIR/...).
 *   - server cold start (first boot builds the templates; a restart reuses them)
 *   - creating a 60-candidate session
 *   - sandbox reset p50/p95 over 100 resets (the sandbox is opened between resets)
 *   - median latency of a 25-row list
 *   - Factur-X invoice PDF generation (in process and over HTTP), full sales chains per second
 *   - exporting a 60-candidate session ZIP (every dossier PDF + snapshot), with the server's peak RSS
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { invoiceB2bFr } from '../documents/pdf/fixtures/index.js';
import { renderDocumentPdf } from '../documents/pdf/pdf-renderer.js';

const MAIN = path.join(__dirname, '../main.js');
const PORT = Number(process.env.BENCH_PORT || 3917);
const BASE = `http://127.0.0.1:${PORT}/api`;
const ADMIN_PASSWORD = 'bench-admin-password';

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}
const round = (n: number) => Math.round(n * 10) / 10;

async function startServer(dataDir: string): Promise<{ child: ChildProcess; ms: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, ADMIN_PASSWORD, DEMO: 'false' }, stdio: ['ignore', 'pipe', 'inherit'] });
  for (;;) {
    if (child.exitCode !== null) throw new Error('server exited');
    try {
      const res = await fetch(`${BASE}/health`);
      if (res.ok) return { child, ms: performance.now() - t0 };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function call(method: string, url: string, token?: string, body?: unknown) {
  const res = await fetch(`${BASE}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Factur-X invoice PDF rendered in this process (no HTTP, no database): the renderer alone. */
async function renderMedian(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const s = performance.now();
    await renderDocumentPdf(invoiceB2bFr, { creationDate: new Date('2026-03-16T10:00:00Z') });
    if (i >= 10) times.push(performance.now() - s);
  }
  return quantile(times.sort((a, b) => a - b), 0.5);
}

async function main() {
  const renderMs = await renderMedian();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-bench-'));
  const firstBoot = await startServer(dataDir);
  await stop(firstBoot.child);
  const cold = await startServer(dataDir);
  let child = cold.child;
  const coldStart = cold.ms;
  try {
    const admin = (await call('POST', '/auth/login', undefined, { username: 'admin', password: ADMIN_PASSWORD })).token as string;
    const scenarioId = (await call('GET', '/scenarios', admin))[0].id as string;
    const candidates = Array.from({ length: 60 }, (_, i) => ({ name: `Candidat ${i + 1}`, candidateNumber: String(i + 1).padStart(4, '0'), extraMinutes: i % 10 === 0 ? 30 : 0 }));
    const t0 = performance.now();
    const session = await call('POST', '/sessions', admin, { name: 'Bench', scenarioId, mode: 'exam', startsAt: new Date().toISOString(), durationMinutes: 180, candidates });
    const sessionMs = performance.now() - t0;

    const first = session.candidates[0];
    const token = (await call('POST', '/auth/login', undefined, { username: first.username, password: first.password })).token as string;
    const list = `/sandboxes/${first.sandboxId}/third-parties?sort=${encodeURIComponent('["name","ASC"]')}&range=${encodeURIComponent('[0,24]')}`;
    for (let i = 0; i < 20; i++) await call('GET', list, token);
    const listTimes: number[] = [];
    for (let i = 0; i < 300; i++) {
      const s = performance.now();
      const rows = await call('GET', list, token);
      listTimes.push(performance.now() - s);
      if (rows.length !== 25) throw new Error(`expected 25 rows, got ${rows.length}`);
    }

    const resetTimes: number[] = [];
    const serverTimes: number[] = [];
    for (let i = 0; i < 110; i++) {
      await call('GET', list, token);
      const s = performance.now();
      const result = await call('POST', `/sandboxes/${first.sandboxId}/reset`, admin, { reason: 'bench' });
      if (i >= 10) {
        resetTimes.push(performance.now() - s);
        serverTimes.push(result.durationMs);
      }
    }
    // A full sales chain (quote → order → delivery → invoice), then the invoice's Factur-X PDF.
    const sb = `/sandboxes/${first.sandboxId}`;
    // The order validation runs the credit check: chains go to clients with room under their limit, in turn.
    const chainClients = await clientsWithCredit(sb, token);
    let chainCount = 0;
    const lines = [{ label: 'Prestation de conseil', unit: 'heure', quantity: 3, unitPriceCents: 8500, vatRateBp: 2000 }, { label: 'Déplacement', unit: 'forfait', quantity: 1, unitPriceCents: 4500, vatRateBp: 2000 }];
    const chain = async () => {
      const clientId = chainClients[chainCount++ % chainClients.length];
      const quote = await call('POST', `${sb}/quotes`, token, { clientId, lines });
      await call('POST', `${sb}/quotes/${quote.id}/validate`, token);
      await call('POST', `${sb}/quotes/${quote.id}/accept`, token);
      const order = await call('POST', `${sb}/quotes/${quote.id}/convert-to-order`, token);
      await call('POST', `${sb}/orders/${order.id}/validate`, token, {});
      const note = await call('POST', `${sb}/delivery-notes`, token, { orderId: order.id });
      await call('POST', `${sb}/delivery-notes/${note.id}/validate`, token);
      const invoice = await call('POST', `${sb}/invoices/from-delivery-notes`, token, { deliveryNoteIds: [note.id] });
      await call('POST', `${sb}/invoices/${invoice.id}/validate`, token);
      return invoice.id as number;
    };
    await chain();
    const chains = 20;
    const c0 = performance.now();
    let invoiceId = 0;
    for (let i = 0; i < chains; i++) invoiceId = await chain();
    const chainsPerSecond = chains / ((performance.now() - c0) / 1000);
    const pdfTimes: number[] = [];
    for (let i = 0; i < 60; i++) {
      const s = performance.now();
      const res = await fetch(`${BASE}${sb}/invoices/${invoiceId}/pdf`, { headers: { authorization: `Bearer ${token}` } });
      const body = Buffer.from(await res.arrayBuffer());
      if (i >= 10) pdfTimes.push(performance.now() - s);
      if (!res.ok || body.subarray(0, 5).toString() !== '%PDF-') throw new Error(`invoice PDF: ${res.status}`);
    }
    pdfTimes.sort((a, b) => a - b);

    const exported = await exportBench(admin, scenarioId, dataDir, () => stop(child), async () => (child = (await startServer(dataDir)).child));

    listTimes.sort((a, b) => a - b);
    resetTimes.sort((a, b) => a - b);
    serverTimes.sort((a, b) => a - b);

    const results = {
      date: new Date().toISOString(),
      machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ''}, Node ${process.version}`,
      firstBootMs: round(firstBoot.ms),
      coldStartMs: round(coldStart),
      session60Ms: round(sessionMs),
      resetP50Ms: round(quantile(resetTimes, 0.5)),
      resetP95Ms: round(quantile(resetTimes, 0.95)),
      resetServerP95Ms: round(quantile(serverTimes, 0.95)),
      resets: resetTimes.length,
      list25MedianMs: round(quantile(listTimes, 0.5)),
      list25P95Ms: round(quantile(listTimes, 0.95)),
      invoicePdfRenderMedianMs: round(renderMs),
      invoicePdfHttpMedianMs: round(quantile(pdfTimes, 0.5)),
      chainsPerSecond: round(chainsPerSecond),
      export60Candidates: exported.candidates,
      export60DocumentsPerSandbox: exported.documentsPerSandbox,
      export60Ms: round(exported.ms),
      export60ZipMb: round(exported.bytes / 1e6),
      export60PeakRssMb: round(exported.peakRssMb),
      export60DossierWorkers: exported.workers,
    };
    const rows: [string, string, string][] = [
      ['server first boot (builds templates)', `${results.firstBootMs} ms`, '—'],
      ['server cold start (templates built)', `${results.coldStartMs} ms`, '≤ 3000 ms'],
      ['create a 60-candidate session', `${results.session60Ms} ms`, '≤ 2000 ms'],
      [`sandbox reset p50 (HTTP, ${results.resets} resets)`, `${results.resetP50Ms} ms`, '—'],
      ['sandbox reset p95 (HTTP)', `${results.resetP95Ms} ms`, '≤ 20 ms'],
      ['sandbox reset p95 (server side)', `${results.resetServerP95Ms} ms`, '—'],
      ['25-row list, median (HTTP)', `${results.list25MedianMs} ms`, '≤ 5 ms'],
      ['25-row list, p95 (HTTP)', `${results.list25P95Ms} ms`, '—'],
      ['Factur-X invoice PDF generation, median (in process)', `${results.invoicePdfRenderMedianMs} ms`, '—'],
      ['Factur-X invoice PDF, median (HTTP)', `${results.invoicePdfHttpMedianMs} ms`, '≤ 30 ms'],
      ['full chain quote → invoice (9 requests)', `${results.chainsPerSecond} /s`, '—'],
      [`export a ${results.export60Candidates}-candidate session ZIP (${results.export60DocumentsPerSandbox} documents per sandbox, ${results.export60ZipMb} MB)`, `${round(results.export60Ms / 1000)} s`, '≤ 60 s'],
      ['export: server peak RSS (VmHWM)', `${results.export60PeakRssMb} MB`, '≤ 500 MB'],
    ];
    console.log(`\nComptoir bench — ${results.machine}\n`);
    console.log(`| measure | result | target |\n|---|---|---|`);
    for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
    const out = path.resolve(process.env.BENCH_OUT || 'data/bench-results.json');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
    console.log(`\nJSON: ${out}`);
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** French clients in good standing, most room under their credit limit first (no limit counts as the most). */
async function clientsWithCredit(sb: string, token: string): Promise<number[]> {
  const clients = (await call('GET', `${sb}/third-parties?filter=${encodeURIComponent('{"role":"client","zone":"fr"}')}&range=${encodeURIComponent('[0,99]')}`, token)) as { id: number }[];
  const room: { id: number; available: number }[] = [];
  for (const c of clients) {
    const credit = await call('GET', `${sb}/third-parties/${c.id}/credit`, token);
    if (credit.riskStatus !== 'normal' || credit.overdueCents > 0 || credit.litigationSince) continue;
    const available = credit.availableCents === null ? Number.MAX_SAFE_INTEGER : (credit.availableCents as number);
    if (available >= 300_000) room.push({ id: c.id, available });
  }
  if (!room.length) throw new Error('no client with room under its credit limit');
  return room.sort((a, b) => b.available - a.available).slice(0, 8).map((r) => r.id);
}

/**
 * The session export: a 60-candidate session whose sandboxes each hold a few dozen documents. One
 * candidate makes them through the API (sales chains, drafts, e-mails, a CRM entry); the server is
 * stopped and that sandbox file copied over the 59 others (same content, made fast); then, on a fresh
 * server, GET export.zip is timed to its last byte while the server's resident memory is sampled
 * (VmRSS every 50 ms, and VmHWM, the kernel's own peak, at the end).
 */
async function exportBench(admin: string, scenarioId: string, dataDir: string, stopServer: () => Promise<void>, startAgain: () => Promise<ChildProcess>) {
  const count = 60;
  const candidates = Array.from({ length: count }, (_, i) => ({ name: `Candidate Export ${i + 1}`, candidateNumber: `E${String(i + 1).padStart(3, '0')}`, extraMinutes: 0 }));
  const session = await call('POST', '/sessions', admin, { name: 'Bench export', scenarioId, mode: 'exam', startsAt: new Date().toISOString(), durationMinutes: 180, candidates });
  const first = session.candidates[0];
  const token = (await call('POST', '/auth/login', undefined, { username: first.username, password: first.password })).token as string;
  const sb = `/sandboxes/${first.sandboxId}`;
  const chainClients = await clientsWithCredit(sb, token);
  const clientId = chainClients[0];
  const lines = [
    { label: 'Prestation de conseil', unit: 'heure', quantity: 3, unitPriceCents: 8500, vatRateBp: 2000 },
    { label: 'Ramette papier A4', unit: 'carton', quantity: 5, unitPriceCents: 2450, vatRateBp: 2000 },
    { label: 'Déplacement', unit: 'forfait', quantity: 1, unitPriceCents: 4500, vatRateBp: 2000 },
  ];
  let documents = 0;
  for (let i = 0; i < 8; i++) {
    const quote = await call('POST', `${sb}/quotes`, token, { clientId: chainClients[i % chainClients.length], lines });
    await call('POST', `${sb}/quotes/${quote.id}/validate`, token);
    await call('POST', `${sb}/quotes/${quote.id}/accept`, token);
    const order = await call('POST', `${sb}/quotes/${quote.id}/convert-to-order`, token);
    await call('POST', `${sb}/orders/${order.id}/validate`, token, {});
    const note = await call('POST', `${sb}/delivery-notes`, token, { orderId: order.id });
    await call('POST', `${sb}/delivery-notes/${note.id}/validate`, token);
    const invoice = await call('POST', `${sb}/invoices/from-delivery-notes`, token, { deliveryNoteIds: [note.id] });
    await call('POST', `${sb}/invoices/${invoice.id}/validate`, token);
    if (i % 2 === 0) await call('POST', `${sb}/invoices/${invoice.id}/send`, token, { channel: 'email', to: 'comptabilite@example.fr' });
    documents += 4;
  }
  for (let i = 0; i < 2; i++) await call('POST', `${sb}/quotes`, token, { clientId, lines });
  documents += 2;
  await call('POST', `${sb}/interactions`, token, { thirdPartyId: clientId, kind: 'call', subject: 'Suivi des commandes', outcome: 'done' });

  await stopServer();
  const source = path.join(dataDir, 'sandboxes', `${first.sandboxId}.sqlite`);
  for (const c of session.candidates.slice(1) as { sandboxId: string }[]) {
    const target = path.join(dataDir, 'sandboxes', `${c.sandboxId}.sqlite`);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.copyFileSync(source, target);
  }
  const server = await startAgain();

  const status = (field: string) => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  };
  let sampled = 0;
  const sampler = setInterval(() => {
    try {
      sampled = Math.max(sampled, status('VmRSS'));
    } catch {
      /* no /proc (not Linux): VmHWM below is 0 too */
    }
  }, 50);
  const t0 = performance.now();
  const res = await fetch(`${BASE}/sessions/${session.id}/export.zip`, { headers: { authorization: `Bearer ${admin}` } });
  if (!res.ok || !res.body) throw new Error(`export.zip → ${res.status}`);
  let bytes = 0;
  let tail = Buffer.alloc(0);
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    tail = Buffer.concat([tail, chunk]).subarray(-65_536);
  }
  const ms = performance.now() - t0;
  clearInterval(sampler);
  let peak = sampled;
  try {
    peak = Math.max(peak, status('VmHWM'));
  } catch {
    /* see above */
  }
  // End of central directory: the archive is complete and lists every entry (60 dossiers + 60 snapshots + CSV + README).
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = eocd >= 0 ? tail.readUInt16LE(eocd + 10) : 0;
  if (entries < 2 * count + 2) throw new Error(`export.zip: ${entries} entries`);
  return { candidates: count, documentsPerSandbox: documents, ms, bytes, peakRssMb: peak, workers: os.availableParallelism ? Math.min(2, os.availableParallelism()) : 1 };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
