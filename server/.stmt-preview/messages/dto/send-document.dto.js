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
exports.SendDocumentDto = void 0;
const decorators_js_1 = require("../../common/validation/decorators.js");
const message_entity_js_1 = require("../message.entity.js");
/**
 * "Envoyer" on a document: by e-mail (to the contact, the given address or the client's), with the
 * PDF attached and a FR/EN text from templates/texts, or another transmission recorded (post, hand
 * delivery, platform). Nothing leaves the machine.
 */
class SendDocumentDto {
    channel;
    contactId;
    to;
    subject;
    body;
}
exports.SendDocumentDto = SendDocumentDto;
__decorate([
    (0, decorators_js_1.Choice)(message_entity_js_1.MESSAGE_CHANNELS),
    __metadata("design:type", Object)
], SendDocumentDto.prototype, "channel", void 0);
__decorate([
    (0, decorators_js_1.Int)({ min: 1, max: 1_000_000_000 }),
    __metadata("design:type", Object)
], SendDocumentDto.prototype, "contactId", void 0);
__decorate([
    (0, decorators_js_1.Email)(),
    __metadata("design:type", Object)
], SendDocumentDto.prototype, "to", void 0);
__decorate([
    (0, decorators_js_1.Text)(200),
    __metadata("design:type", Object)
], SendDocumentDto.prototype, "subject", void 0);
__decorate([
    (0, decorators_js_1.Text)(10_000),
    __metadata("design:type", Object)
], SendDocumentDto.prototype, "body", void 0);
//# sourceMappingURL=send-document.dto.js.map