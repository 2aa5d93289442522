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
exports.MessageAttachment = exports.Message = exports.MESSAGE_CHANNELS = exports.MESSAGE_DIRECTIONS = void 0;
const typeorm_1 = require("typeorm");
exports.MESSAGE_DIRECTIONS = ['in', 'out'];
exports.MESSAGE_CHANNELS = ['email', 'post', 'hand', 'platform'];
/**
 * The sandbox's mailbox. Everything "sent" lands here (direction out) and nothing ever leaves the
 * machine; the scenario's inbox messages are direction in.
 */
let Message = class Message {
    id;
    direction;
    channel;
    fromAddress;
    toAddress;
    toName;
    thirdPartyId;
    subject;
    body;
    relatedResource;
    relatedId;
    relatedNumber;
    attachments;
    /** Scenario time. */
    sentAt;
    author;
    createdAt;
};
exports.Message = Message;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], Message.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Message.prototype, "direction", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Message.prototype, "channel", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Message.prototype, "fromAddress", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Message.prototype, "toAddress", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Message.prototype, "toName", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Message.prototype, "thirdPartyId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Message.prototype, "subject", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Message.prototype, "body", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Message.prototype, "relatedResource", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Message.prototype, "relatedId", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Message.prototype, "relatedNumber", void 0);
__decorate([
    (0, typeorm_1.Column)('simple-json'),
    __metadata("design:type", Array)
], Message.prototype, "attachments", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Message.prototype, "sentAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Message.prototype, "author", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Message.prototype, "createdAt", void 0);
exports.Message = Message = __decorate([
    (0, typeorm_1.Entity)('message')
], Message);
let MessageAttachment = class MessageAttachment {
    id;
    messageId;
    filename;
    contentType;
    data;
};
exports.MessageAttachment = MessageAttachment;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)(),
    __metadata("design:type", Number)
], MessageAttachment.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer'),
    __metadata("design:type", Number)
], MessageAttachment.prototype, "messageId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], MessageAttachment.prototype, "filename", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], MessageAttachment.prototype, "contentType", void 0);
__decorate([
    (0, typeorm_1.Column)('blob'),
    __metadata("design:type", Buffer)
], MessageAttachment.prototype, "data", void 0);
exports.MessageAttachment = MessageAttachment = __decorate([
    (0, typeorm_1.Entity)('message_attachment')
], MessageAttachment);
//# sourceMappingURL=message.entity.js.map