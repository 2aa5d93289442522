import path from 'node:path';
import type { Clock } from '../common/time/clock.js';

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
  /** Seconds between two sweeps that lock (and snapshot) the sandboxes whose time is over; 0: no sweep (locks still happen on the next request). */
  lockSweepSeconds: number;
  /** The control plane's clock; the system clock when absent (tests pass an AdjustableClock). */
  clock?: Clock;
  /** The address candidates open (PUBLIC_URL), printed on the login cards; null: unknown. */
  publicUrl?: string | null;
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
    lockSweepSeconds: int('LOCK_SWEEP_SECONDS', 15, 0, 3600),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
  };
  if (config.publicUrl && !/^https?:\/\/[^\s/]+/.test(config.publicUrl)) problems.push(`PUBLIC_URL must be an http(s) URL (got "${config.publicUrl}")`);
  if (config.adminPassword !== null && config.adminPassword.length < 8) problems.push('ADMIN_PASSWORD must have at least 8 characters');
  if (problems.length) throw new Error(`Invalid configuration:\n - ${problems.join('\n - ')}`);
  return config;
}
