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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxesService = void 0;
const common_1 = require("@nestjs/common");
const node_path_1 = __importDefault(require("node:path"));
const app_config_js_1 = require("../config/app.config.js");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const company_entity_js_1 = require("../company/company.entity.js");
const control_db_service_js_1 = require("../control/control-db.service.js");
const candidate_entity_js_1 = require("../candidates/candidate.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const sandbox_context_js_1 = require("../sandbox/sandbox-context.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const sandbox_registry_service_js_1 = require("../sandbox/sandbox-registry.service.js");
const scenario_clock_js_1 = require("../sandbox/scenario-clock.js");
const scenarios_service_js_1 = require("../scenarios/scenarios.service.js");
const session_entity_js_1 = require("../sessions/session.entity.js");
const session_window_js_1 = require("../sessions/session-window.js");
const sandbox_entity_js_1 = require("./sandbox.entity.js");
let SandboxesService = class SandboxesService {
    config;
    control;
    registry;
    scenarios;
    db;
    journal;
    constructor(config, control, registry, scenarios, db, journal) {
        this.config = config;
        this.control = control;
        this.registry = registry;
        this.scenarios = scenarios;
        this.db = db;
        this.journal = journal;
    }
    /**
     * Puts the sandbox back to its scenario's initial state. The previous file is kept as a snapshot
     * under data/snapshots/<id>/, and the new journal starts with who reset it and why.
     */
    async reset(sandboxId, by, reason) {
        if (!(0, sandbox_context_js_1.isValidSandboxId)(sandboxId))
            throw new domain_exception_js_1.DomainException('SANDBOX_ID_INVALID');
        const t0 = performance.now();
        const found = await this.control.read(async (em) => {
            const sandbox = await em.findOneBy(sandbox_entity_js_1.Sandbox, { id: sandboxId });
            return sandbox ? { sandbox, session: sandbox.sessionId ? await em.findOneBy(session_entity_js_1.Session, { id: sandbox.sessionId }) : null } : null;
        });
        if (!found)
            throw new domain_exception_js_1.DomainException('SANDBOX_NOT_FOUND');
        const { sandbox, session } = found;
        const template = this.scenarios.fileOfKey(sandbox.templateKey) ?? this.scenarios.get(sandbox.scenarioId).file;
        const resetAt = new Date().toISOString();
        const snapshot = node_path_1.default.join(this.config.dataDir, 'snapshots', sandboxId, `${resetAt.replace(/[:.]/g, '-')}-avant-reinitialisation.sqlite`);
        const ctx = {
            sandboxId,
            clock: scenario_clock_js_1.ScenarioClock.fromIso(sandbox.scenarioStartAt, session?.startsAt ?? null),
            actor: { userId: by.id, username: by.username, role: by.role },
            writable: true,
        };
        await this.registry.replaceFile(sandboxId, template, snapshot, (db) => this.journal.recordRaw(db, ctx, { resource: 'sandbox', recordId: sandboxId, action: 'reset', label: `Réinitialisation par ${by.displayName} : ${reason}` }));
        await this.control.write((em) => em.update(sandbox_entity_js_1.Sandbox, { id: sandboxId }, { resetCount: sandbox.resetCount + 1, lastResetAt: resetAt }));
        return { sandboxId, resetAt, snapshot: node_path_1.default.relative(this.config.dataDir, snapshot), durationMs: Math.round((performance.now() - t0) * 10) / 10 };
    }
    /** What the candidate's header shows: company, scenario clock, who and until when. */
    async context(ctx) {
        const company = await this.db.read(ctx, (em) => em.findOneByOrFail(company_entity_js_1.Company, { id: 1 }));
        const control = await this.control.read(async (em) => {
            const candidate = await em.findOneBy(candidate_entity_js_1.Candidate, { sandboxId: ctx.sandboxId });
            const session = candidate ? await em.findOneBy(session_entity_js_1.Session, { id: candidate.sessionId }) : null;
            return { candidate, session };
        });
        const { candidate, session } = control;
        return {
            sandboxId: ctx.sandboxId,
            companyName: company.name,
            scenarioTitle: session?.scenarioTitle ?? null,
            scenarioNow: ctx.clock.nowIso(),
            scenarioToday: ctx.clock.today(),
            candidateName: candidate?.name ?? null,
            candidateNumber: candidate?.candidateNumber ?? null,
            sessionName: session?.name ?? null,
            sessionMode: session?.mode ?? null,
            startsAt: session?.startsAt ?? null,
            endsAt: session && candidate ? (0, session_window_js_1.candidateEndsAt)(session, candidate.extraMinutes).toISOString() : null,
            writable: ctx.writable,
            lockReason: ctx.lockReason ?? null,
        };
    }
};
exports.SandboxesService = SandboxesService;
exports.SandboxesService = SandboxesService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_js_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object, control_db_service_js_1.ControlDb,
        sandbox_registry_service_js_1.SandboxRegistry,
        scenarios_service_js_1.ScenariosService,
        sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], SandboxesService);
//# sourceMappingURL=sandboxes.service.js.map