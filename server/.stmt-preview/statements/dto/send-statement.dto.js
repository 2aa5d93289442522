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
exports.SendStatementDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
/**
 * "Envoyer le relevé" by e-mail: to the chosen contact, a typed address or the client's, with the
 * statement PDF attached and a FR/EN text from templates/texts (subject and body may be replaced).
 * The period comes from the query string (?from=&to=), as for the statement itself.
 */
class SendStatementDto {
    contactId;
    to;
    subject;
    body;
}
exports.SendStatementDto = SendStatementDto;
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], SendStatementDto.prototype, "contactId", void 0);
__decorate([
    (0, decorators_js_1.Email)(),
    __metadata("design:type", Object)
], SendStatementDto.prototype, "to", void 0);
__decorate([
    (0, decorators_js_1.Text)(200),
    __metadata("design:type", Object)
], SendStatementDto.prototype, "subject", void 0);
__decorate([
    (0, decorators_js_1.Text)(10_000),
    __metadata("design:type", Object)
], SendStatementDto.prototype, "body", void 0);
//# sourceMappingURL=send-statement.dto.js.map