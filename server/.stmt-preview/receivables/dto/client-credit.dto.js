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
exports.ClientCreditDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
const third_party_entity_js_1 = require("../../third-parties/third-party.entity.js");
/** The credit-risk fields of a client card (the credit limit itself is edited with the tier). */
class ClientCreditDto {
    riskStatus;
    /** Day of the last solvency check: not after the scenario day. */
    solvencyCheckedOn;
    /** Banque de France, Infogreffe, credit insurer, bank… */
    solvencySource;
    solvencyNote;
}
exports.ClientCreditDto = ClientCreditDto;
__decorate([
    (0, decorators_js_1.Choice)(third_party_entity_js_1.RISK_STATUSES, { required: true }),
    __metadata("design:type", String)
], ClientCreditDto.prototype, "riskStatus", void 0);
__decorate([
    (0, decorators_js_1.IsoDate)(),
    __metadata("design:type", Object)
], ClientCreditDto.prototype, "solvencyCheckedOn", void 0);
__decorate([
    (0, decorators_js_1.Text)(120),
    __metadata("design:type", Object)
], ClientCreditDto.prototype, "solvencySource", void 0);
__decorate([
    (0, decorators_js_1.Text)(2000),
    __metadata("design:type", Object)
], ClientCreditDto.prototype, "solvencyNote", void 0);
//# sourceMappingURL=client-credit.dto.js.map