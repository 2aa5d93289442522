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
var SandboxRegistry_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxRegistry = void 0;
exports.sandboxDataSource = sandboxDataSource;
exports.removeSidecars = removeSidecars;
const common_1 = require("@nestjs/common");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const better_sqlite3_1 = __importDefault(require("better-sqlite3"));
const typeorm_1 = require("typeorm");
const app_config_js_1 = require("../config/app.config.js");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const serial_queue_js_1 = require("../common/serial-queue.js");
const entities_js_1 = require("../database/entities.js");
const migrations_js_1 = require("../database/migrations.js");
const sandbox_context_js_1 = require("./sandbox-context.js");
function sandboxDataSource(file) {
    return new typeorm_1.DataSource({
        type: 'better-sqlite3',
        database: file,
        entities: entities_js_1.SANDBOX_ENTITIES,
        migrations: migrations_js_1.SANDBOX_MIGRATIONS,
        migrationsRun: true,
        enableWAL: true,
        prepareDatabase: (db) => db.pragma('synchronous = NORMAL'),
    });
}
/**
 * The one place that opens sandbox files. DataSources open lazily and close when idle; every
 * operation on one sandbox (reads, write transactions, file replacement) runs through its queue.
 */
let SandboxRegistry = SandboxRegistry_1 = class SandboxRegistry {
    config;
    logger = new common_1.Logger(SandboxRegistry_1.name);
    open = new Map();
    queue = new serial_queue_js_1.SerialQueue();
    idleTimer;
    constructor(config) {
        this.config = config;
        node_fs_1.default.mkdirSync(this.dir, { recursive: true });
        this.idleTimer = setInterval(() => void this.closeIdle(), 60_000);
        this.idleTimer.unref();
    }
    get dir() {
        return node_path_1.default.join(this.config.dataDir, 'sandboxes');
    }
    /** The file of a sandbox. Refuses any id that is not strictly valid before it touches the disk. */
    fileOf(sandboxId) {
        if (!(0, sandbox_context_js_1.isValidSandboxId)(sandboxId))
            throw new domain_exception_js_1.DomainException('SANDBOX_ID_INVALID');
        return node_path_1.default.join(this.dir, `${sandboxId}.sqlite`);
    }
    exists(sandboxId) {
        return node_fs_1.default.existsSync(this.fileOf(sandboxId));
    }
    /** Runs `fn` with the sandbox's DataSource, in the sandbox's queue. */
    run(sandboxId, fn) {
        const file = this.fileOf(sandboxId);
        return this.queue.run(sandboxId, async () => fn(await this.dataSourceOf(sandboxId, file)));
    }
    /** A write transaction on the sandbox, in its queue. */
    write(sandboxId, fn) {
        return this.run(sandboxId, (ds) => ds.transaction(fn));
    }
    /**
     * Replaces the sandbox file by a copy of `source` (a closed template or snapshot). The current
     * file, if any, is moved to `keepAs` first (a rename: the previous state is kept, not copied).
     * `prepare` may write into the fresh copy (raw connection) before it takes the sandbox's place.
     */
    replaceFile(sandboxId, source, keepAs, prepare) {
        const file = this.fileOf(sandboxId);
        return this.queue.run(sandboxId, async () => {
            await this.closeNow(sandboxId);
            if (keepAs && node_fs_1.default.existsSync(file)) {
                node_fs_1.default.mkdirSync(node_path_1.default.dirname(keepAs), { recursive: true });
                node_fs_1.default.renameSync(file, keepAs);
            }
            removeSidecars(file);
            const tmp = `${file}.${process.pid}.tmp`;
            node_fs_1.default.copyFileSync(source, tmp);
            if (prepare) {
                const db = new better_sqlite3_1.default(tmp);
                try {
                    db.transaction(() => prepare(db))();
                }
                finally {
                    db.close();
                }
                removeSidecars(tmp);
            }
            node_fs_1.default.renameSync(tmp, file);
        });
    }
    /** Copies the sandbox's current state to `target` (closed first, so the file is consistent). */
    snapshot(sandboxId, target) {
        const file = this.fileOf(sandboxId);
        return this.queue.run(sandboxId, async () => {
            await this.closeNow(sandboxId);
            node_fs_1.default.mkdirSync(node_path_1.default.dirname(target), { recursive: true });
            node_fs_1.default.copyFileSync(file, target);
        });
    }
    openCount() {
        return this.open.size;
    }
    async dataSourceOf(sandboxId, file) {
        const entry = this.open.get(sandboxId);
        if (entry) {
            entry.lastUsed = Date.now();
            return entry.dataSource;
        }
        if (!node_fs_1.default.existsSync(file))
            throw new domain_exception_js_1.DomainException('SANDBOX_NOT_FOUND');
        const dataSource = sandboxDataSource(file);
        await dataSource.initialize();
        this.open.set(sandboxId, { dataSource, lastUsed: Date.now() });
        return dataSource;
    }
    async closeNow(sandboxId) {
        const entry = this.open.get(sandboxId);
        if (!entry)
            return;
        this.open.delete(sandboxId);
        await entry.dataSource.destroy();
    }
    async closeIdle() {
        const limit = Date.now() - this.config.sandboxIdleMinutes * 60_000;
        for (const [id, entry] of this.open) {
            if (entry.lastUsed < limit && this.queue.isIdle(id)) {
                await this.queue.run(id, () => this.closeNow(id)).catch((e) => this.logger.warn(`close ${id}: ${e}`));
            }
        }
    }
    async onModuleDestroy() {
        clearInterval(this.idleTimer);
        await Promise.all([...this.open.keys()].map((id) => this.queue.run(id, () => this.closeNow(id))));
    }
};
exports.SandboxRegistry = SandboxRegistry;
exports.SandboxRegistry = SandboxRegistry = SandboxRegistry_1 = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, common_1.Inject)(app_config_js_1.APP_CONFIG)),
    __metadata("design:paramtypes", [Object])
], SandboxRegistry);
function removeSidecars(file) {
    for (const suffix of ['-wal', '-shm', '-journal'])
        node_fs_1.default.rmSync(`${file}${suffix}`, { force: true });
}
//# sourceMappingURL=sandbox-registry.service.js.map