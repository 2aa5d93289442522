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
var SandboxGuard_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxGuard = void 0;
const common_1 = require("@nestjs/common");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const control_db_service_js_1 = require("../control/control-db.service.js");
const candidate_entity_js_1 = require("../candidates/candidate.entity.js");
const sandbox_entity_js_1 = require("../sandboxes/sandbox.entity.js");
const session_entity_js_1 = require("../sessions/session.entity.js");
const session_window_js_1 = require("../sessions/session-window.js");
const sandbox_context_js_1 = require("./sandbox-context.js");
const scenario_clock_js_1 = require("./scenario-clock.js");
const READ_METHODS = new Set(['GET', 'HEAD']);
/**
 * Resolves `:sandboxId` for the authenticated user, or refuses. A candidate reaches only their own
 * sandbox; juries, proctors and admins only read. Writes need the candidate's time window open.
 */
let SandboxGuard = class SandboxGuard {
    static { SandboxGuard_1 = this; }
    control;
    /** sandboxId → its control records, for a few seconds (access is still computed at each request). */
    cache = new Map();
    static CACHE_MS = 5_000;
    constructor(control) {
        this.control = control;
    }
    async lookup(sandboxId) {
        const hit = this.cache.get(sandboxId);
        if (hit && Date.now() - hit.at < SandboxGuard_1.CACHE_MS)
            return hit.found;
        const found = await this.control.read(async (em) => {
            const sandbox = await em.findOneBy(sandbox_entity_js_1.Sandbox, { id: sandboxId });
            if (!sandbox)
                return null;
            const session = sandbox.sessionId ? await em.findOneBy(session_entity_js_1.Session, { id: sandbox.sessionId }) : null;
            const candidate = await em.findOneBy(candidate_entity_js_1.Candidate, { sandboxId });
            return { sandbox, session, candidate };
        });
        if (this.cache.size > 10_000)
            this.cache.clear();
        if (found)
            this.cache.set(sandboxId, { found, at: Date.now() });
        return found;
    }
    async canActivate(context) {
        const req = context.switchToHttp().getRequest();
        const sandboxId = req.params.sandboxId;
        if (!(0, sandbox_context_js_1.isValidSandboxId)(sandboxId))
            throw new domain_exception_js_1.DomainException('SANDBOX_ID_INVALID');
        const user = req.user;
        if (user.role === 'candidate' && user.sandboxId !== sandboxId)
            throw new domain_exception_js_1.DomainException('SANDBOX_NOT_FOUND');
        const found = await this.lookup(sandboxId);
        if (!found)
            throw new domain_exception_js_1.DomainException('SANDBOX_NOT_FOUND');
        const { sandbox, session, candidate } = found;
        const ctx = {
            sandboxId,
            clock: scenario_clock_js_1.ScenarioClock.fromIso(sandbox.scenarioStartAt, session?.startsAt ?? null),
            actor: { userId: user.id, username: user.username, role: user.role },
            writable: false,
        };
        if (user.role !== 'candidate') {
            ctx.lockReason = 'READ_ONLY_ROLE';
        }
        else if (session && candidate) {
            const access = (0, session_window_js_1.candidateAccess)(session, candidate.extraMinutes, new Date());
            ctx.writable = access === 'open';
            if (access === 'before-start')
                ctx.lockReason = 'SESSION_NOT_STARTED';
            if (access === 'ended')
                ctx.lockReason = 'SANDBOX_LOCKED';
        }
        if (!READ_METHODS.has(req.method) && !ctx.writable)
            throw new domain_exception_js_1.DomainException(ctx.lockReason ?? 'SANDBOX_LOCKED');
        req.sandbox = ctx;
        return true;
    }
};
exports.SandboxGuard = SandboxGuard;
exports.SandboxGuard = SandboxGuard = SandboxGuard_1 = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [control_db_service_js_1.ControlDb])
], SandboxGuard);
//# sourceMappingURL=sandbox.guard.js.map