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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionsService = void 0;
const common_1 = require("@nestjs/common");
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const typeorm_1 = require("typeorm");
const password_js_1 = require("../auth/password.js");
const candidate_entity_js_1 = require("../candidates/candidate.entity.js");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const list_query_js_1 = require("../common/http/list-query.js");
const control_db_service_js_1 = require("../control/control-db.service.js");
const sandbox_registry_service_js_1 = require("../sandbox/sandbox-registry.service.js");
const sandbox_entity_js_1 = require("../sandboxes/sandbox.entity.js");
const scenarios_service_js_1 = require("../scenarios/scenarios.service.js");
const user_entity_js_1 = require("../users/user.entity.js");
const session_entity_js_1 = require("./session.entity.js");
const session_window_js_1 = require("./session-window.js");
const LIST = {
    alias: 's',
    sortable: { id: 's.id', name: 's.name', startsAt: 's.startsAt', scenarioId: 's.scenarioId', mode: 's.mode', createdAt: 's.createdAt' },
    filters: { id: list_query_js_1.filters.ids('s.id'), q: list_query_js_1.filters.text(['s.name', 's.scenarioTitle']), mode: list_query_js_1.filters.equals('s.mode', session_entity_js_1.SESSION_MODES), scenarioId: list_query_js_1.filters.equals('s.scenarioId') },
};
let SessionsService = class SessionsService {
    control;
    scenarios;
    registry;
    constructor(control, scenarios, registry) {
        this.control = control;
        this.scenarios = scenarios;
        this.registry = registry;
    }
    async list(query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['startsAt', 'DESC']);
        return this.control.read(async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(session_entity_js_1.Session, 's'), LIST, list);
            const candidates = result.rows.length ? await em.findBy(candidate_entity_js_1.Candidate, { sessionId: (0, typeorm_1.In)(result.rows.map((s) => s.id)) }) : [];
            return { ...result, rows: result.rows.map((s) => present(s, candidates.filter((c) => c.sessionId === s.id))) };
        });
    }
    async get(id) {
        return this.control.read(async (em) => {
            const session = await em.findOneByOrFail(session_entity_js_1.Session, { id });
            return this.detail(em, session);
        });
    }
    /**
     * Creates the session, one user and one sandbox (a copy of the scenario's template) per candidate.
     * Passwords are returned here only; the database keeps their scrypt hashes.
     */
    async create(dto, createdById, options = {}) {
        const template = this.scenarios.get(dto.scenarioId);
        const errors = {};
        const seen = new Map();
        dto.candidates.forEach((c, i) => {
            const number = c.candidateNumber.trim();
            // Two numbers that differ only in case or punctuation ("AB-12", "ab12") would give the same username.
            const key = usernameKey(number);
            if (seen.has(key))
                errors.candidates = { ...errors.candidates, [i]: { candidateNumber: 'app.validation.duplicate' } };
            seen.set(key, i);
            if (!/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/.test(number))
                errors.candidates = { ...errors.candidates, [i]: { candidateNumber: 'app.validation.candidate_number' } };
        });
        if (Number.isNaN(Date.parse(dto.startsAt)))
            errors.startsAt = 'app.validation.date';
        if (Object.keys(errors).length)
            throw new domain_exception_js_1.FieldErrorsException(errors);
        const prepared = await Promise.all(dto.candidates.map(async (c) => {
            const password = (0, password_js_1.generatePassword)();
            return { ...c, extraMinutes: c.extraMinutes ?? 0, password, passwordHash: await (0, password_js_1.hashPassword)(password, password_js_1.COST.generated), sandboxId: `sb-${node_crypto_1.default.randomBytes(8).toString('hex')}` };
        }));
        const files = prepared.map((c) => this.registry.fileOf(c.sandboxId));
        try {
            for (const file of files)
                node_fs_1.default.copyFileSync(template.file, file, node_fs_1.default.constants.COPYFILE_EXCL);
            const now = new Date().toISOString();
            return await this.control.write(async (em) => {
                const session = em.create(session_entity_js_1.Session, {
                    name: dto.name, scenarioId: template.scenario.id, scenarioTitle: template.scenario.title, templateKey: template.key, mode: dto.mode,
                    startsAt: new Date(dto.startsAt).toISOString(), durationMinutes: dto.durationMinutes, isDemo: !!options.isDemo, archivedAt: null, createdById, createdAt: now,
                });
                await em.insert(session_entity_js_1.Session, session);
                const created = [];
                for (const c of prepared) {
                    const username = `s${session.id}-${usernameKey(c.candidateNumber)}`.slice(0, 40);
                    const user = em.create(user_entity_js_1.User, { username, role: 'candidate', displayName: c.name, passwordHash: c.passwordHash, active: true, createdAt: now });
                    await em.insert(user_entity_js_1.User, user);
                    await em.insert(sandbox_entity_js_1.Sandbox, { id: c.sandboxId, sessionId: session.id, scenarioId: template.scenario.id, templateKey: template.key, scenarioStartAt: template.scenarioStartAt, resetCount: 0, lastResetAt: null, createdAt: now });
                    await em.insert(candidate_entity_js_1.Candidate, { sessionId: session.id, name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes, userId: user.id, sandboxId: c.sandboxId, createdAt: now });
                    created.push({ name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes, username, password: c.password, sandboxId: c.sandboxId });
                }
                const detail = await this.detail(em, session);
                return { ...detail, candidates: detail.candidates.map((c) => ({ ...c, password: created.find((x) => x.sandboxId === c.sandboxId).password })) };
            });
        }
        catch (e) {
            for (const file of files)
                node_fs_1.default.rmSync(file, { force: true });
            throw e;
        }
    }
    async detail(em, session) {
        const candidates = await em.find(candidate_entity_js_1.Candidate, { where: { sessionId: session.id }, order: { candidateNumber: 'ASC' } });
        const users = candidates.length ? await em.findBy(user_entity_js_1.User, { id: (0, typeorm_1.In)(candidates.map((c) => c.userId)) }) : [];
        const sandboxes = candidates.length ? await em.findBy(sandbox_entity_js_1.Sandbox, { id: (0, typeorm_1.In)(candidates.map((c) => c.sandboxId)) }) : [];
        return {
            ...present(session, candidates),
            candidates: candidates.map((c) => {
                const sandbox = sandboxes.find((s) => s.id === c.sandboxId);
                return {
                    id: c.id, name: c.name, candidateNumber: c.candidateNumber, extraMinutes: c.extraMinutes,
                    username: users.find((u) => u.id === c.userId)?.username ?? null, sandboxId: c.sandboxId,
                    endsAt: (0, session_window_js_1.candidateEndsAt)(session, c.extraMinutes).toISOString(), resetCount: sandbox?.resetCount ?? 0, lastResetAt: sandbox?.lastResetAt ?? null,
                };
            }),
        };
    }
};
exports.SessionsService = SessionsService;
exports.SessionsService = SessionsService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [control_db_service_js_1.ControlDb,
        scenarios_service_js_1.ScenariosService,
        sandbox_registry_service_js_1.SandboxRegistry])
], SessionsService);
/** The candidate-number part of a candidate's username. */
function usernameKey(candidateNumber) {
    return candidateNumber.toLowerCase().replace(/[^a-z0-9]+/g, '');
}
function present(session, candidates) {
    const latestEnd = (0, session_window_js_1.candidateEndsAt)(session, Math.max(0, ...candidates.map((c) => c.extraMinutes)));
    const { templateKey: _k, createdById: _c, ...rest } = session;
    return { ...rest, endsAt: (0, session_window_js_1.sessionEndsAt)(session).toISOString(), status: (0, session_window_js_1.sessionStatus)(session, latestEnd, new Date()), candidateCount: candidates.length };
}
//# sourceMappingURL=sessions.service.js.map