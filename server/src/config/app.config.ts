import path from 'node:path';

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  seedsDir: string;
  adminDistDir: string;
  adminPassword: string | null;
  /** Lifetime of a login token, in minutes (a candidate's never outlives their session). */
  tokenTtlMinutes: number;
  /** Create the demo training session at boot when none is running. */
  demo: boolean;
  /** Minutes of inactivity after which a sandbox's database is closed. */
  sandboxIdleMinutes: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Reads and checks the environment once, at boot. A wrong value stops the server with a clear message. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return n;
  };
  const config: AppConfig = {
    port: int('PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    seedsDir: path.resolve(env.SEEDS_DIR || path.join(REPO_ROOT, 'seeds')),
    adminDistDir: path.resolve(env.ADMIN_DIST_DIR || path.join(REPO_ROOT, 'admin/dist')),
    adminPassword: env.ADMIN_PASSWORD || null,
    tokenTtlMinutes: int('TOKEN_TTL_MINUTES', 12 * 60, 1, 7 * 24 * 60),
    demo: !['0', 'false', 'no'].includes((env.DEMO ?? 'true').toLowerCase()),
    sandboxIdleMinutes: int('SANDBOX_IDLE_MINUTES', 10, 1, 24 * 60),
  };
  if (config.adminPassword !== null && config.adminPassword.length < 8) problems.push('ADMIN_PASSWORD must have at least 8 characters');
  if (problems.length) throw new Error(`Invalid configuration:\n - ${problems.join('\n - ')}`);
  return config;
}
