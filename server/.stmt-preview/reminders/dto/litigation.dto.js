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
exports.LitigationDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
/** Transfer of a client's unpaid invoices to litigation (contentieux). */
class LitigationDto {
    reason;
}
exports.LitigationDto = LitigationDto;
__decorate([
    (0, decorators_js_1.Text)(1000, { required: true }),
    __metadata("design:type", String)
], LitigationDto.prototype, "reason", void 0);
//# sourceMappingURL=litigation.dto.js.map