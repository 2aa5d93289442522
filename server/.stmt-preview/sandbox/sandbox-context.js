"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SANDBOX_ID_PATTERN = void 0;
exports.isValidSandboxId = isValidSandboxId;
/** Strict: the id becomes a file name. Lower-case letters, digits and inner dashes only. */
exports.SANDBOX_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
function isValidSandboxId(id) {
    return typeof id === 'string' && exports.SANDBOX_ID_PATTERN.test(id);
}
//# sourceMappingURL=sandbox-context.js.map