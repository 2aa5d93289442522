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
exports.BootstrapService = void 0;
const common_1 = require("@nestjs/common");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const password_js_1 = require("../auth/password.js");
const app_config_js_1 = require("../config/app.config.js");
const control_db_service_js_1 = require("../control/control-db.service.js");
const candidate_entity_js_1 = require("../candidates/candidate.entity.js");
const scenarios_service_js_1 = require("../scenarios/scenarios.service.js");
const session_entity_js_1 = require("../sessions/session.entity.js");
const session_window_js_1 = require("../sessions/session-window.js");
const sessions_service_js_1 = require("../sessions/sessions.service.js");
const user_entity_js_1 = require("../users/user.entity.js");
const DEMO_STAFF = [
    { username: 'demo-surveillant', role: 'proctor', displayName: 'Surveillant de démonstration' },
    { username: 'demo-jury', role: 'jury', displayName: 'Jury de démonstration' },
];
/**
 * First-boot setup: the control database, the scenario templates, the `admin` account, and (unless
 * DEMO=false) demo proctor and jury accounts with a running training session of two candidates.
 * Demo credentials are kept in data/demo-credentials.json (mode 600) and printed at every start.
 */
let BootstrapService = class BootstrapService {
    config;
    control;
    scenarios;
    sessions;
    logger = new common_1.Logger('Bootstrap');
    constructor(config, control, scenarios, sessions) {
        this.config = config;
        this.control = control;
        this.scenarios = scenarios;
        this.sessions = sessions;
    }
    get demoFile() {
        return node_path_1.default.join(this.config.dataDir, 'demo-credentials.json');
    }
    /** Returns the credentials to print: a new admin password (once) and the demo logins. */
    async run() {
        await this.control.open();
        await this.scenarios.load();
        const admin = await this.ensureAdmin();
        const demo = this.config.demo ? await this.ensureDemo() : [];
        return { admin, demo };
    }
    async ensureAdmin() {
        const existing = await this.control.read((em) => em.findOneBy(user_entity_js_1.User, { username: 'admin' }));
        const given = this.config.adminPassword;
        if (existing && !given)
            return null;
        const password = given ?? (0, password_js_1.generatePassword)();
        const passwordHash = await (0, password_js_1.hashPassword)(password, password_js_1.COST.staff);
        await this.control.write(async (em) => {
            if (existing)
                await em.update(user_entity_js_1.User, { id: existing.id }, { passwordHash, active: true });
            else
                await em.insert(user_entity_js_1.User, { username: 'admin', role: 'admin', displayName: 'Administrateur', passwordHash, active: true, createdAt: new Date().toISOString() });
        });
        return given ? null : { role: 'admin', username: 'admin', password, note: 'affiché une seule fois : notez-le (ou fixez ADMIN_PASSWORD)' };
    }
    async ensureDemo() {
        const file = this.readDemoFile();
        let credentials = file.credentials.filter((c) => c.role !== 'candidate');
        for (const staff of DEMO_STAFF) {
            const exists = await this.control.read((em) => em.findOneBy(user_entity_js_1.User, { username: staff.username }));
            const known = credentials.find((c) => c.username === staff.username);
            if (exists && known)
                continue;
            const password = (0, password_js_1.generatePassword)();
            const passwordHash = await (0, password_js_1.hashPassword)(password, password_js_1.COST.staff);
            await this.control.write(async (em) => {
                if (exists)
                    await em.update(user_entity_js_1.User, { id: exists.id }, { passwordHash });
                else
                    await em.insert(user_entity_js_1.User, { ...staff, passwordHash, active: true, createdAt: new Date().toISOString() });
            });
            credentials = [...credentials.filter((c) => c.username !== staff.username), { role: staff.role, username: staff.username, password }];
        }
        let sessionId = file.sessionId;
        let candidates = file.credentials.filter((c) => c.role === 'candidate');
        if (!sessionId || !(await this.stillRunning(sessionId)) || !candidates.length) {
            const scenario = this.scenarios.list()[0];
            if (!scenario) {
                this.logger.warn('Aucun scénario valide : pas de session de démonstration.');
                return credentials;
            }
            const created = await this.sessions.create({
                name: 'Session de démonstration (entraînement)',
                scenarioId: scenario.id,
                mode: 'training',
                startsAt: new Date().toISOString(),
                durationMinutes: 30 * 24 * 60,
                candidates: [
                    { name: 'Camille Martin', candidateNumber: '0001', extraMinutes: 0 },
                    { name: 'Lucas Bernard', candidateNumber: '0002', extraMinutes: 30 },
                ],
            }, null, { isDemo: true });
            sessionId = created.id;
            candidates = created.candidates.map((c) => ({ role: 'candidate', username: c.username, password: c.password, note: c.name }));
        }
        const all = [...credentials, ...candidates];
        node_fs_1.default.writeFileSync(this.demoFile, JSON.stringify({ sessionId, credentials: all }, null, 2), { mode: 0o600 });
        return all;
    }
    async stillRunning(sessionId) {
        return this.control.read(async (em) => {
            const session = await em.findOneBy(session_entity_js_1.Session, { id: sessionId });
            if (!session || session.archivedAt)
                return false;
            const candidates = await em.findBy(candidate_entity_js_1.Candidate, { sessionId });
            return candidates.length > 0 && candidates.every((c) => (0, session_window_js_1.candidateEndsAt)(session, c.extraMinutes) > new Date(Date.now() + 60 * 60_000));
        });
    }
    readDemoFile() {
        try {
            return JSON.parse(node_fs_1.default.readFileSync(this.demoFile, 'utf8'));
        }
        catch {
            return { sessionId: null, credentials: [] };
        }
    }
};
exports.BootstrapService = BootstrapService;
exports.BootstrapService = BootstrapService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_js_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object, control_db_service_js_1.ControlDb,
        scenarios_service_js_1.ScenariosService,
        sessions_service_js_1.SessionsService])
], BootstrapService);
//# sourceMappingURL=bootstrap.service.js.map