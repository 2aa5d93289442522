"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.APP_CONFIG = void 0;
exports.loadAppConfig = loadAppConfig;
const node_path_1 = __importDefault(require("node:path"));
exports.APP_CONFIG = Symbol('APP_CONFIG');
const REPO_ROOT = node_path_1.default.resolve(__dirname, '../../..');
/** Reads and checks the environment once, at boot. A wrong value stops the server with a clear message. */
function loadAppConfig(env = process.env) {
    const problems = [];
    const int = (name, fallback, min, max) => {
        const raw = env[name];
        if (raw === undefined || raw === '')
            return fallback;
        const n = Number(raw);
        if (!Number.isInteger(n) || n < min || n > max)
            problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
        return n;
    };
    const config = {
        port: int('PORT', 3000, 0, 65535),
        host: env.HOST || '0.0.0.0',
        dataDir: node_path_1.default.resolve(env.DATA_DIR || './data'),
        seedsDir: node_path_1.default.resolve(env.SEEDS_DIR || node_path_1.default.join(REPO_ROOT, 'seeds')),
        adminDistDir: node_path_1.default.resolve(env.ADMIN_DIST_DIR || node_path_1.default.join(REPO_ROOT, 'admin/dist')),
        adminPassword: env.ADMIN_PASSWORD || null,
        tokenTtlMinutes: int('TOKEN_TTL_MINUTES', 12 * 60, 1, 7 * 24 * 60),
        demo: !['0', 'false', 'no'].includes((env.DEMO ?? 'true').toLowerCase()),
        sandboxIdleMinutes: int('SANDBOX_IDLE_MINUTES', 10, 1, 24 * 60),
    };
    if (config.adminPassword !== null && config.adminPassword.length < 8)
        problems.push('ADMIN_PASSWORD must have at least 8 characters');
    if (problems.length)
        throw new Error(`Invalid configuration:\n - ${problems.join('\n - ')}`);
    return config;
}
//# sourceMappingURL=app.config.js.map