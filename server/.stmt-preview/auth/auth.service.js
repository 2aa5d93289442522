"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var AuthService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("typeorm");
const app_config_js_1 = require("../config/app.config.js");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const control_db_service_js_1 = require("../control/control-db.service.js");
const candidate_entity_js_1 = require("../candidates/candidate.entity.js");
const session_entity_js_1 = require("../sessions/session.entity.js");
const session_window_js_1 = require("../sessions/session-window.js");
const user_entity_js_1 = require("../users/user.entity.js");
const auth_token_entity_js_1 = require("./auth-token.entity.js");
const auth_user_js_1 = require("./auth-user.js");
const login_throttle_js_1 = require("./login-throttle.js");
const password_js_1 = require("./password.js");
let AuthService = class AuthService {
    static { AuthService_1 = this; }
    control;
    config;
    throttle = new login_throttle_js_1.LoginThrottle();
    /** token hash → resolved user, for a few seconds: a list request then costs no control-DB lookup. */
    cache = new Map();
    static CACHE_MS = 5_000;
    constructor(control, config) {
        this.control = control;
        this.config = config;
    }
    async login(username, password, ip) {
        const retryAfterSeconds = this.throttle.retryAfter(username, ip);
        if (retryAfterSeconds > 0)
            throw new domain_exception_js_1.DomainException('LOGIN_THROTTLED', undefined, { details: { retryAfterSeconds } });
        const user = await this.control.read((em) => em.findOneBy(user_entity_js_1.User, { username }));
        const ok = await (0, password_js_1.verifyPassword)(password, user?.passwordHash ?? password_js_1.DUMMY_HASH);
        if (!user || !ok || !user.active) {
            this.throttle.fail(username, ip);
            throw new domain_exception_js_1.DomainException('INVALID_CREDENTIALS');
        }
        this.throttle.succeed(username, ip);
        const now = new Date();
        let expiresAt = new Date(now.getTime() + this.config.tokenTtlMinutes * 60_000);
        const authUser = await this.describe(user);
        if (user.role === 'candidate') {
            const { session, candidate } = await this.candidateOf(user.id);
            if ((0, session_window_js_1.candidateAccess)(session, candidate.extraMinutes, now) === 'ended')
                throw new domain_exception_js_1.DomainException('SESSION_ENDED');
            const end = (0, session_window_js_1.candidateEndsAt)(session, candidate.extraMinutes);
            if (end < expiresAt)
                expiresAt = end;
        }
        const token = (0, password_js_1.newToken)();
        await this.control.write(async (em) => {
            await em.delete(auth_token_entity_js_1.AuthToken, { expiresAt: (0, typeorm_1.LessThan)(now.toISOString()) });
            await em.insert(auth_token_entity_js_1.AuthToken, { tokenHash: (0, password_js_1.sha256)(token), userId: user.id, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
        });
        return { token, expiresAt: expiresAt.toISOString(), user: (0, auth_user_js_1.publicUser)(authUser) };
    }
    /** The user behind a bearer token, or an exception. A candidate's token dies with their session. */
    async authenticate(token) {
        const now = new Date();
        const tokenHash = (0, password_js_1.sha256)(token);
        const cached = this.cache.get(tokenHash);
        if (cached && now.getTime() - cached.cachedAt < AuthService_1.CACHE_MS) {
            if (cached.expiresAt <= now.toISOString())
                throw new domain_exception_js_1.DomainException('TOKEN_EXPIRED');
            return cached.user;
        }
        const found = await this.control.read(async (em) => {
            const row = await em.findOneBy(auth_token_entity_js_1.AuthToken, { tokenHash });
            if (!row)
                return null;
            const user = await em.findOneBy(user_entity_js_1.User, { id: row.userId });
            return user ? { row, user } : null;
        });
        if (!found || !found.user.active)
            throw new domain_exception_js_1.DomainException('UNAUTHENTICATED');
        if (found.row.expiresAt <= now.toISOString())
            throw new domain_exception_js_1.DomainException('TOKEN_EXPIRED');
        const user = await this.describe(found.user);
        if (this.cache.size > 10_000)
            this.cache.clear();
        this.cache.set(tokenHash, { user, expiresAt: found.row.expiresAt, cachedAt: now.getTime() });
        return user;
    }
    async logout(token) {
        const tokenHash = (0, password_js_1.sha256)(token);
        this.cache.delete(tokenHash);
        await this.control.write((em) => em.delete(auth_token_entity_js_1.AuthToken, { tokenHash }));
    }
    async describe(user) {
        const base = { id: user.id, username: user.username, role: user.role, displayName: user.displayName };
        if (user.role !== 'candidate')
            return base;
        const { candidate } = await this.candidateOf(user.id);
        return { ...base, sandboxId: candidate.sandboxId, candidateId: candidate.id, sessionId: candidate.sessionId };
    }
    async candidateOf(userId) {
        return this.control.read(async (em) => {
            const candidate = await em.findOneByOrFail(candidate_entity_js_1.Candidate, { userId });
            const session = await em.findOneByOrFail(session_entity_js_1.Session, { id: candidate.sessionId });
            return { candidate, session };
        });
    }
};
exports.AuthService = AuthService;
exports.AuthService = AuthService = AuthService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(1, (0, common_1.Inject)(app_config_js_1.APP_CONFIG)),
    __metadata("design:paramtypes", [control_db_service_js_1.ControlDb, Object])
], AuthService);
//# sourceMappingURL=auth.service.js.map