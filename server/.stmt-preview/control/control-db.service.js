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
exports.ControlDb = void 0;
const common_1 = require("@nestjs/common");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const typeorm_1 = require("typeorm");
const app_config_js_1 = require("../config/app.config.js");
const serial_queue_js_1 = require("../common/serial-queue.js");
const entities_js_1 = require("../database/entities.js");
const migrations_js_1 = require("../database/migrations.js");
/** data/control.sqlite: users, tokens, sessions, candidates, sandboxes. Migrated at boot. */
let ControlDb = class ControlDb {
    config;
    dataSource = null;
    queue = new serial_queue_js_1.SerialQueue();
    constructor(config) {
        this.config = config;
    }
    async open() {
        if (this.dataSource)
            return;
        node_fs_1.default.mkdirSync(this.config.dataDir, { recursive: true });
        const ds = new typeorm_1.DataSource({
            type: 'better-sqlite3',
            database: node_path_1.default.join(this.config.dataDir, 'control.sqlite'),
            entities: entities_js_1.CONTROL_ENTITIES,
            migrations: migrations_js_1.CONTROL_MIGRATIONS,
            migrationsRun: true,
            enableWAL: true,
            prepareDatabase: (db) => db.pragma('synchronous = NORMAL'),
        });
        await ds.initialize();
        this.dataSource = ds;
    }
    get manager() {
        if (!this.dataSource)
            throw new Error('Control database is not open');
        return this.dataSource.manager;
    }
    /** A read, queued behind any write in progress. */
    read(fn) {
        return this.queue.run('control', () => fn(this.manager));
    }
    /** A write transaction, one at a time. */
    write(fn) {
        return this.queue.run('control', () => this.manager.transaction(fn));
    }
    async onModuleDestroy() {
        await this.queue.run('control', async () => {
            await this.dataSource?.destroy();
            this.dataSource = null;
        });
    }
};
exports.ControlDb = ControlDb;
exports.ControlDb = ControlDb = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_js_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object])
], ControlDb);
//# sourceMappingURL=control-db.service.js.map