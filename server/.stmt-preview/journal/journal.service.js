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
Object.defineProperty(exports, "__esModule", { value: true });
exports.JournalService = void 0;
const common_1 = require("@nestjs/common");
const list_query_js_1 = require("../common/http/list-query.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const journal_chain_js_1 = require("./journal-chain.js");
const journal_entry_entity_js_1 = require("./journal-entry.entity.js");
const LIST = {
    alias: 'j',
    sortable: { id: 'j.id', at: 'j.id', scenarioAt: 'j.scenarioAt', resource: 'j.resource', action: 'j.action', username: 'j.username' },
    filters: {
        id: list_query_js_1.filters.ids('j.id'),
        resource: list_query_js_1.filters.equals('j.resource'),
        action: list_query_js_1.filters.equals('j.action'),
        recordId: list_query_js_1.filters.equals('j.recordId'),
        username: list_query_js_1.filters.equals('j.username'),
        at_gte: list_query_js_1.filters.gte('j.at'),
        at_lte: list_query_js_1.filters.lte('j.at'),
        q: list_query_js_1.filters.text(['j.label', 'j.resource', 'j.action', 'j.username']),
    },
};
/** Appends to and reads the sandbox's hash-chained activity journal. */
let JournalService = class JournalService {
    db;
    constructor(db) {
        this.db = db;
    }
    /** Appends one entry inside the caller's write transaction. */
    async record(em, ctx, record) {
        const last = await em.createQueryBuilder(journal_entry_entity_js_1.JournalEntry, 'j').select(['j.hash']).orderBy('j.id', 'DESC').limit(1).getOne();
        await em.insert(journal_entry_entity_js_1.JournalEntry, chainedEntry(last?.hash ?? journal_chain_js_1.GENESIS_HASH, ctx, record));
    }
    /**
     * The same, on a raw connection to a sandbox file that is not open yet (the fresh copy made at
     * reset), so that resetting does not pay for opening a TypeORM DataSource.
     */
    recordRaw(db, ctx, record) {
        const last = db.prepare('SELECT hash FROM journal_entry ORDER BY id DESC LIMIT 1').get();
        const entry = chainedEntry(last?.hash ?? journal_chain_js_1.GENESIS_HASH, ctx, record);
        const columns = Object.keys(entry);
        db.prepare(`INSERT INTO journal_entry (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(entry);
    }
    list(ctx, query) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['id', 'DESC']);
        return this.db.read(ctx, async (em) => {
            const result = await (0, list_query_js_1.runList)(em.createQueryBuilder(journal_entry_entity_js_1.JournalEntry, 'j'), LIST, list);
            return { ...result, rows: result.rows.map(present) };
        });
    }
    verify(ctx) {
        return this.db.read(ctx, async (em) => (0, journal_chain_js_1.verifyChain)(await em.find(journal_entry_entity_js_1.JournalEntry, { order: { id: 'ASC' } })));
    }
};
exports.JournalService = JournalService;
exports.JournalService = JournalService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb])
], JournalService);
function chainedEntry(prevHash, ctx, record) {
    const fields = {
        at: new Date().toISOString(),
        scenarioAt: ctx.clock.nowIso(),
        userId: ctx.actor.userId,
        username: ctx.actor.username,
        role: ctx.actor.role,
        resource: record.resource,
        recordId: record.recordId === null ? null : String(record.recordId),
        action: record.action,
        label: record.label ?? null,
        changes: JSON.stringify((0, journal_chain_js_1.diff)(record.before ?? null, record.after ?? null)),
    };
    return { ...fields, prevHash, hash: (0, journal_chain_js_1.entryHash)(prevHash, fields) };
}
function present(e) {
    const { prevHash: _p, hash: _h, changes, ...rest } = e;
    return { ...rest, changes: JSON.parse(changes) };
}
//# sourceMappingURL=journal.service.js.map