"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * `npm run bench`: measures what users wait for, on this machine, through real HTTP on real files.
 * Prints a table and writes data/bench-results.json (or $DATA_DIR/...).
 *   - server cold start (first boot builds the templates; a restart reuses them)
 *   - creating a 60-candidate session
 *   - sandbox reset p50/p95 over 100 resets (the sandbox is opened between resets)
 *   - median latency of a 25-row list
 *   - Factur-X invoice PDF generation (in process and over HTTP), full sales chains per second
 */
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const index_js_1 = require("../documents/pdf/fixtures/index.js");
const pdf_renderer_js_1 = require("../documents/pdf/pdf-renderer.js");
const MAIN = node_path_1.default.join(__dirname, '../main.js');
const PORT = Number(process.env.BENCH_PORT || 3917);
const BASE = `http://127.0.0.1:${PORT}/api`;
const ADMIN_PASSWORD = 'bench-admin-password';
function quantile(sorted, q) {
    const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
    return sorted[i];
}
const round = (n) => Math.round(n * 10) / 10;
async function startServer(dataDir) {
    const t0 = performance.now();
    const child = (0, node_child_process_1.spawn)(process.execPath, [MAIN], { env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, ADMIN_PASSWORD, DEMO: 'false' }, stdio: ['ignore', 'pipe', 'inherit'] });
    for (;;) {
        if (child.exitCode !== null)
            throw new Error('server exited');
        try {
            const res = await fetch(`${BASE}/health`);
            if (res.ok)
                return { child, ms: performance.now() - t0 };
        }
        catch {
            /* not listening yet */
        }
        await new Promise((r) => setTimeout(r, 10));
    }
}
async function stop(child) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
}
async function call(method, url, token, body) {
    const res = await fetch(`${BASE}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok)
        throw new Error(`${method} ${url} → ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
}
/** Factur-X invoice PDF rendered in this process (no HTTP, no database): the renderer alone. */
async function renderMedian() {
    const times = [];
    for (let i = 0; i < 60; i++) {
        const s = performance.now();
        await (0, pdf_renderer_js_1.renderDocumentPdf)(index_js_1.invoiceB2bFr, { creationDate: new Date('2026-03-16T10:00:00Z') });
        if (i >= 10)
            times.push(performance.now() - s);
    }
    return quantile(times.sort((a, b) => a - b), 0.5);
}
async function main() {
    const renderMs = await renderMedian();
    const dataDir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'comptoir-bench-'));
    const firstBoot = await startServer(dataDir);
    await stop(firstBoot.child);
    const { child, ms: coldStart } = await startServer(dataDir);
    try {
        const admin = (await call('POST', '/auth/login', undefined, { username: 'admin', password: ADMIN_PASSWORD })).token;
        const scenarioId = (await call('GET', '/scenarios', admin))[0].id;
        const candidates = Array.from({ length: 60 }, (_, i) => ({ name: `Candidat ${i + 1}`, candidateNumber: String(i + 1).padStart(4, '0'), extraMinutes: i % 10 === 0 ? 30 : 0 }));
        const t0 = performance.now();
        const session = await call('POST', '/sessions', admin, { name: 'Bench', scenarioId, mode: 'exam', startsAt: new Date().toISOString(), durationMinutes: 180, candidates });
        const sessionMs = performance.now() - t0;
        const first = session.candidates[0];
        const token = (await call('POST', '/auth/login', undefined, { username: first.username, password: first.password })).token;
        const list = `/sandboxes/${first.sandboxId}/third-parties?sort=${encodeURIComponent('["name","ASC"]')}&range=${encodeURIComponent('[0,24]')}`;
        for (let i = 0; i < 20; i++)
            await call('GET', list, token);
        const listTimes = [];
        for (let i = 0; i < 300; i++) {
            const s = performance.now();
            const rows = await call('GET', list, token);
            listTimes.push(performance.now() - s);
            if (rows.length !== 25)
                throw new Error(`expected 25 rows, got ${rows.length}`);
        }
        const resetTimes = [];
        const serverTimes = [];
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
        const clientId = (await call('GET', `${sb}/third-parties?filter=${encodeURIComponent('{"role":"client","zone":"fr","customerType":"b2b"}')}`, token))[0].id;
        const lines = [{ label: 'Prestation de conseil', unit: 'heure', quantity: 3, unitPriceCents: 8500, vatRateBp: 2000 }, { label: 'Déplacement', unit: 'forfait', quantity: 1, unitPriceCents: 4500, vatRateBp: 2000 }];
        const chain = async () => {
            const quote = await call('POST', `${sb}/quotes`, token, { clientId, lines });
            await call('POST', `${sb}/quotes/${quote.id}/validate`, token);
            await call('POST', `${sb}/quotes/${quote.id}/accept`, token);
            const order = await call('POST', `${sb}/quotes/${quote.id}/convert-to-order`, token);
            await call('POST', `${sb}/orders/${order.id}/validate`, token, {});
            const note = await call('POST', `${sb}/delivery-notes`, token, { orderId: order.id });
            await call('POST', `${sb}/delivery-notes/${note.id}/validate`, token);
            const invoice = await call('POST', `${sb}/invoices/from-delivery-notes`, token, { deliveryNoteIds: [note.id] });
            await call('POST', `${sb}/invoices/${invoice.id}/validate`, token);
            return invoice.id;
        };
        await chain();
        const chains = 20;
        const c0 = performance.now();
        let invoiceId = 0;
        for (let i = 0; i < chains; i++)
            invoiceId = await chain();
        const chainsPerSecond = chains / ((performance.now() - c0) / 1000);
        const pdfTimes = [];
        for (let i = 0; i < 60; i++) {
            const s = performance.now();
            const res = await fetch(`${BASE}${sb}/invoices/${invoiceId}/pdf`, { headers: { authorization: `Bearer ${token}` } });
            const body = Buffer.from(await res.arrayBuffer());
            if (i >= 10)
                pdfTimes.push(performance.now() - s);
            if (!res.ok || body.subarray(0, 5).toString() !== '%PDF-')
                throw new Error(`invoice PDF: ${res.status}`);
        }
        pdfTimes.sort((a, b) => a - b);
        listTimes.sort((a, b) => a - b);
        resetTimes.sort((a, b) => a - b);
        serverTimes.sort((a, b) => a - b);
        const results = {
            date: new Date().toISOString(),
            machine: `${node_os_1.default.cpus().length} cores, ${node_os_1.default.cpus()[0]?.model ?? ''}, Node ${process.version}`,
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
        };
        const rows = [
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
        ];
        console.log(`\nComptoir bench — ${results.machine}\n`);
        console.log(`| measure | result | target |\n|---|---|---|`);
        for (const [a, b, c] of rows)
            console.log(`| ${a} | ${b} | ${c} |`);
        const out = node_path_1.default.resolve(process.env.BENCH_OUT || 'data/bench-results.json');
        node_fs_1.default.mkdirSync(node_path_1.default.dirname(out), { recursive: true });
        node_fs_1.default.writeFileSync(out, JSON.stringify(results, null, 2));
        console.log(`\nJSON: ${out}`);
    }
    finally {
        await stop(child);
        node_fs_1.default.rmSync(dataDir, { recursive: true, force: true });
    }
}
main().catch((e) => {
    console.error(e);
    process.exit(1);
});
//# sourceMappingURL=bench.js.map