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
exports.ClientCreditService = void 0;
const common_1 = require("@nestjs/common");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const credit_approval_entity_js_1 = require("../credit-approvals/credit-approval.entity.js");
const journal_service_js_1 = require("../journal/journal.service.js");
const sandbox_db_service_js_1 = require("../sandbox/sandbox-db.service.js");
const third_party_entity_js_1 = require("../third-parties/third-party.entity.js");
const credit_position_js_1 = require("./credit-position.js");
const EDITABLE = ['riskStatus', 'solvencyCheckedOn', 'solvencySource', 'solvencyNote'];
const RISK_LABELS = { normal: 'normal', watch: 'à surveiller', blocked: 'bloqué' };
/** A client's credit position (encours) with its risk and solvency information, as on the client card. */
let ClientCreditService = class ClientCreditService {
    db;
    journal;
    constructor(db, journal) {
        this.db = db;
        this.journal = journal;
    }
    get(ctx, id) {
        return this.db.read(ctx, async (em) => {
            const client = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id });
            const position = await (0, credit_position_js_1.creditPosition)(em, id, ctx.clock.today());
            const pendingApprovals = await em.countBy(credit_approval_entity_js_1.CreditApproval, { clientId: id, status: 'pending' });
            const { riskStatus, solvencyCheckedOn, solvencySource, solvencyNote, litigationSince } = client;
            return { id, ...position, riskStatus, solvencyCheckedOn, solvencySource, solvencyNote, litigationSince, pendingApprovals };
        });
    }
    update(ctx, id, dto) {
        return this.db.write(ctx, async (em) => {
            const before = await em.findOneByOrFail(third_party_entity_js_1.ThirdParty, { id });
            if (dto.solvencyCheckedOn && dto.solvencyCheckedOn > ctx.clock.today())
                throw new domain_exception_js_1.FieldErrorsException({ solvencyCheckedOn: 'app.validation.date_in_future' });
            // Litigation blocks the client until the file is closed: the risk status cannot be lowered meanwhile.
            if (before.litigationSince && dto.riskStatus !== 'blocked')
                throw new domain_exception_js_1.FieldErrorsException({ riskStatus: 'app.validation.client_in_litigation' });
            const changes = {};
            for (const field of EDITABLE)
                if (dto[field] !== undefined)
                    Object.assign(changes, { [field]: dto[field] });
            const after = em.create(third_party_entity_js_1.ThirdParty, { ...before, ...changes, updatedAt: ctx.clock.nowIso() });
            await em.save(after);
            const pick = (t) => Object.fromEntries(EDITABLE.map((f) => [f, t[f]]));
            await this.journal.record(em, ctx, {
                resource: 'third-parties', recordId: id, action: 'credit', label: `${after.code} ${after.name} : risque ${RISK_LABELS[after.riskStatus]}`, before: pick(before), after: pick(after),
            });
        }).then(() => this.get(ctx, id));
    }
};
exports.ClientCreditService = ClientCreditService;
exports.ClientCreditService = ClientCreditService = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [sandbox_db_service_js_1.SandboxDb,
        journal_service_js_1.JournalService])
], ClientCreditService);
//# sourceMappingURL=client-credit.service.js.map