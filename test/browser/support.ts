/**
 * Browser e2e support: the built server as a child process on a free port with a temporary data
 * directory, API helpers, Chromium through playwright-core, screenshots and an axe-core check.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENS_DIR = join(REPO_ROOT, 'test-results', 'screens');
export const ADMIN_PASSWORD = 'browser-admin-pass-1234';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The browser's own language: native date inputs then read jj/mm/aaaa, as on a French workstation.
  '--lang=fr-FR',
];

/**
 * `describe` when Chromium is there. Without it: a failing suite when REQUIRE_BROWSER=1,
 * otherwise a skipped suite and a visible warning.
 */
export const describeBrowser = (name: string, body: () => void) => {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  if (process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium not found at ${CHROMIUM_PATH} and REQUIRE_BROWSER=1 (apt-get install -y chromium)`);
      });
    });
    return;
  }
  // eslint-disable-next-line no-console
  console.warn(
    `\n⚠️  Browser tests SKIPPED: Chromium not found at ${CHROMIUM_PATH}. Install it (apt-get install -y chromium) or set REQUIRE_BROWSER=1 to fail instead.\n`,
  );
  describe.skip(name, body);
};

export const freePort = () =>
  new Promise<number>((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });

export interface ServerHandle {
  baseUrl: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `node server/dist/main.js`; resolves when it printed its URL and /api/health answers 200. */
export async function startServer(timeoutMs = 60_000): Promise<ServerHandle> {
  const main = join(REPO_ROOT, 'server', 'dist', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  if (!existsSync(join(REPO_ROOT, 'admin', 'dist', 'index.html'))) {
    throw new Error('admin/dist/index.html is missing: run `npm run build -w admin` first');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-browser-data-'));
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, ADMIN_PASSWORD, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (exited === null) {
      child.kill('SIGTERM');
      for (let i = 0; i < 50 && exited === null; i++) await sleep(100);
      if (exited === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`server exited with code ${exited}:\n${output}`);
    if (output.includes('http://')) {
      try {
        const response = await fetch(`${baseUrl}/api/health`);
        if (response.status === 200) return { baseUrl, dataDir, output: () => output, stop };
      } catch {
        // not listening yet
      }
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`server did not start within ${timeoutMs} ms:\n${output}`);
}

export async function api<T = any>(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: T; headers: Headers }> {
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, json, headers: response.headers };
}

export async function apiLogin(baseUrl: string, username: string, password: string) {
  const { status, json } = await api(baseUrl, 'POST', '/auth/login', { body: { username, password } });
  if (status !== 200 && status !== 201) throw new Error(`login ${username} failed: ${status} ${JSON.stringify(json)}`);
  return json as { token: string; user: { id: number; role: string; displayName: string; sandboxId?: string } };
}

/** A candidate of a new training session, signed in through the API: its token and its sandbox's API path. */
export async function signInCandidate(baseUrl: string, name: string) {
  const admin = await apiLogin(baseUrl, 'admin', ADMIN_PASSWORD);
  const { candidates } = await createTrainingSession(baseUrl, admin.token, [name]);
  const candidate = candidates[0];
  const token = (await apiLogin(baseUrl, candidate.username, candidate.password)).token;
  return { candidate, token, base: `/sandboxes/${candidate.sandboxId}` };
}

export interface CandidateCredentials {
  name: string;
  username: string;
  password: string;
  sandboxId: string;
}

/** Creates (as admin) a training session that started a minute ago, with the given candidates. */
export async function createTrainingSession(baseUrl: string, adminToken: string, names: string[]) {
  const scenarios = await api(baseUrl, 'GET', '/scenarios', { token: adminToken });
  if (scenarios.status !== 200 || !Array.isArray(scenarios.json) || scenarios.json.length === 0) {
    throw new Error(`no scenario: ${scenarios.status} ${JSON.stringify(scenarios.json)}`);
  }
  const { status, json } = await api(baseUrl, 'POST', '/sessions', {
    token: adminToken,
    body: {
      name: 'Session navigateur',
      scenarioId: scenarios.json[0].id,
      mode: 'training',
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      durationMinutes: 240,
      candidates: names.map((name, i) => ({ name, candidateNumber: `B-${i + 1}`, extraMinutes: 0 })),
    },
  });
  if (status !== 201) throw new Error(`session creation failed: ${status} ${JSON.stringify(json)}`);
  const candidates: CandidateCredentials[] = json.candidates.map((c: any) => ({
    name: c.name,
    username: c.username,
    password: c.password,
    sandboxId: c.sandboxId,
  }));
  return { session: json as { id: number; name: string }, candidates };
}

/** A proctor's credentials from the demo accounts the server prints, if any. */
export const demoProctor = (serverOutput: string): { username: string; password: string } | null => {
  const match = /proctor\s+(\S+)\s+(\S+)/.exec(serverOutput);
  return match ? { username: match[1], password: match[2] } : null;
};

export interface BrowserHandle {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  close: () => Promise<void>;
}

export async function launchBrowser(): Promise<BrowserHandle> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'comptoir-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  context.setDefaultTimeout(20_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  return {
    context,
    page,
    consoleErrors,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Closes the browsers, then the server; warns of the errors the pages logged (failed HTTP calls aside: some are provoked). */
export async function shutDown(server: ServerHandle | undefined, ...browsers: Array<BrowserHandle | undefined>) {
  const errors = browsers.flatMap((b) => b?.consoleErrors ?? []).filter((e) => !e.startsWith('Failed to load resource'));
  // eslint-disable-next-line no-console
  if (errors.length > 0) console.warn(`Browser console errors:\n${errors.join('\n')}`);
  for (const browser of browsers) await browser?.close();
  await server?.stop();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const file = join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

let axeSource: string | null = null;

/** Runs axe-core on the page; returns the violations of impact serious or critical, readable. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve('axe-core'), 'utf8');
  const hasAxe = await page.evaluate(() => typeof (window as any).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ content: axeSource });
  const violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> =
    await page.evaluate(async () => {
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`)
          .join('\n'),
    );
}

export async function expectNoSeriousA11yViolation(page: Page, screen: string) {
  const violations = await seriousA11yViolations(page);
  if (violations.length > 0) throw new Error(`axe (${screen}):\n${violations.join('\n')}`);
}

/** Text with the non-breaking and narrow spaces of French formatting made plain. */
export const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** An amount as the screens show it, e.g. "1 234,50 €" (spaces normalised). */
export const euros = (cents: number) => normalise(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100));

/** Waits until the locator's text (spaces normalised) contains `expected`. */
export async function waitForText(locator: Locator, expected: string, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = normalise(await locator.innerText().catch(() => ''));
    if (last.includes(expected)) return;
    await sleep(100);
  }
  throw new Error(`expected "${expected}" in:\n${last}`);
}

/** Signs in through the login page and waits for the home page. */
export async function loginThroughUi(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Identifiant').fill(username);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 2, name: /^Bonjour/ }).waitFor();
}
