"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DUMMY_HASH = exports.COST = void 0;
exports.hashPassword = hashPassword;
exports.verifyPassword = verifyPassword;
exports.generatePassword = generatePassword;
exports.sha256 = sha256;
exports.newToken = newToken;
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_util_1 = require("node:util");
const scrypt = (0, node_util_1.promisify)(node_crypto_1.default.scrypt);
/**
 * scrypt cost. Staff passwords may be chosen by people: N = 2^15. Candidate passwords are generated
 * with 60 bits of entropy and live a few hours: N = 2^12 keeps a 60-candidate session fast to create.
 */
exports.COST = { staff: 1 << 15, generated: 1 << 12 };
async function hashPassword(password, N = exports.COST.staff) {
    const salt = node_crypto_1.default.randomBytes(16);
    const hash = await scrypt(password, salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
    return `scrypt$${N}$8$1$${salt.toString('base64')}$${hash.toString('base64')}`;
}
async function verifyPassword(password, stored) {
    const parts = stored.split('$');
    if (parts.length !== 6 || parts[0] !== 'scrypt')
        return false;
    const [N, r, p] = parts.slice(1, 4).map(Number);
    const salt = Buffer.from(parts[4], 'base64');
    const expected = Buffer.from(parts[5], 'base64');
    const actual = await scrypt(password, salt, expected.length, { N, r, p, maxmem: 256 * N * r });
    return node_crypto_1.default.timingSafeEqual(actual, expected);
}
/** A hash to compare against when the username is unknown, so that timing does not tell. */
exports.DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i: read from a printed card
/** A password easy to type from a login card: xxxx-xxxx-xxxx (about 59 bits). */
function generatePassword() {
    const bytes = node_crypto_1.default.randomBytes(12);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]);
    return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}
function sha256(text) {
    return node_crypto_1.default.createHash('sha256').update(text).digest('hex');
}
function newToken() {
    return node_crypto_1.default.randomBytes(32).toString('base64url');
}
//# sourceMappingURL=password.js.map