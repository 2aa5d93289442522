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
var ScenariosService_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScenariosService = void 0;
const common_1 = require("@nestjs/common");
const node_crypto_1 = __importDefault(require("node:crypto"));
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const app_config_js_1 = require("../config/app.config.js");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const migrations_js_1 = require("../database/migrations.js");
const scenario_loader_js_1 = require("./scenario-loader.js");
const template_builder_js_1 = require("./template-builder.js");
/**
 * Loads every scenario of seeds/ at boot, refuses invalid ones (logged with file, line and path),
 * and compiles each valid one into data/templates/<id>@<hash>.sqlite unless that file exists.
 */
let ScenariosService = ScenariosService_1 = class ScenariosService {
    config;
    logger = new common_1.Logger(ScenariosService_1.name);
    templates = new Map();
    constructor(config) {
        this.config = config;
    }
    get templatesDir() {
        return node_path_1.default.join(this.config.dataDir, 'templates');
    }
    async load() {
        node_fs_1.default.mkdirSync(this.templatesDir, { recursive: true });
        const { scenarios, errors } = (0, scenario_loader_js_1.loadAllScenarios)(this.config.seedsDir);
        for (const e of errors)
            this.logger.error(`Scénario refusé : ${(0, scenario_loader_js_1.formatScenarioError)(e)}`);
        for (const scenario of scenarios) {
            const hash = node_crypto_1.default.createHash('sha256').update(`${scenario.hash}|${migrations_js_1.SANDBOX_SCHEMA_VERSION}`).digest('hex').slice(0, 16);
            const key = `${scenario.id}@${hash}`;
            const file = node_path_1.default.join(this.templatesDir, `${key}.sqlite`);
            if (!node_fs_1.default.existsSync(file)) {
                const t0 = Date.now();
                await (0, template_builder_js_1.buildTemplate)(scenario, file);
                this.logger.log(`Modèle ${key} construit en ${Date.now() - t0} ms`);
            }
            this.templates.set(scenario.id, { scenario, key, file, scenarioStartAt: (0, template_builder_js_1.scenarioStartOf)(scenario.document) });
        }
    }
    list() {
        return [...this.templates.values()].map(({ scenario, key }) => ({
            id: scenario.id,
            title: scenario.title,
            hash: key.split('@')[1],
            description: scenario.description,
        }));
    }
    get(scenarioId) {
        const template = this.templates.get(scenarioId);
        if (!template)
            throw new domain_exception_js_1.DomainException('SCENARIO_NOT_FOUND', undefined, { field: 'scenarioId' });
        return template;
    }
    /** The template file of a key, if still on disk (an older version of a scenario stays usable for its sessions). */
    fileOfKey(key) {
        if (!/^[a-z0-9-]+@[a-f0-9]{16}$/.test(key))
            return null;
        const file = node_path_1.default.join(this.templatesDir, `${key}.sqlite`);
        return node_fs_1.default.existsSync(file) ? file : null;
    }
};
exports.ScenariosService = ScenariosService;
exports.ScenariosService = ScenariosService = ScenariosService_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_js_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object])
], ScenariosService);
//# sourceMappingURL=scenarios.service.js.map