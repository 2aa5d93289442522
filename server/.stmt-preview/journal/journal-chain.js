"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GENESIS_HASH = void 0;
exports.entryHash = entryHash;
exports.verifyChain = verifyChain;
exports.diff = diff;
const node_crypto_1 = __importDefault(require("node:crypto"));
exports.GENESIS_HASH = '0'.repeat(64);
/** sha256 over the previous hash and the entry's fields in a fixed order. */
function entryHash(prevHash, e) {
    const content = [prevHash, e.at, e.scenarioAt, e.userId ?? '', e.username, e.role, e.resource, e.recordId ?? '', e.action, e.label ?? '', e.changes];
    return node_crypto_1.default.createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
/** Walks the entries in id order; the first one whose link or hash does not match breaks the chain. */
function verifyChain(entries) {
    let prev = exports.GENESIS_HASH;
    for (const e of entries) {
        if (e.prevHash !== prev || entryHash(prev, e) !== e.hash)
            return { ok: false, count: entries.length, brokenAtId: e.id };
        prev = e.hash;
    }
    return { ok: true, count: entries.length };
}
const IGNORED = new Set(['createdAt', 'updatedAt']);
/** The fields that changed between two versions of a record (strings cut at 200 characters). */
function diff(before, after) {
    const b = (before ?? {});
    const a = (after ?? {});
    const keys = new Set([...Object.keys(b), ...Object.keys(a)].filter((k) => !IGNORED.has(k) && !isObject(b[k]) && !isObject(a[k])));
    const out = { before: {}, after: {} };
    for (const k of keys) {
        if (before && after && JSON.stringify(b[k]) === JSON.stringify(a[k]))
            continue;
        if (before)
            out.before[k] = cut(b[k]);
        if (after)
            out.after[k] = cut(a[k]);
    }
    return { ...(before ? { before: out.before } : {}), ...(after ? { after: out.after } : {}) };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function cut(v) {
    return typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v;
}
//# sourceMappingURL=journal-chain.js.map