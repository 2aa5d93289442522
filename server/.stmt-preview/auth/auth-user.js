"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.publicUser = publicUser;
function publicUser(user) {
    const { id, username, role, displayName, sandboxId } = user;
    return sandboxId ? { id, username, role, displayName, sandboxId } : { id, username, role, displayName };
}
//# sourceMappingURL=auth-user.js.map