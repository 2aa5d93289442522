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
exports.Sandbox = void 0;
const typeorm_1 = require("typeorm");
/** Control-plane record of one sandbox file (data/sandboxes/<id>.sqlite). */
let Sandbox = class Sandbox {
    id;
    sessionId;
    scenarioId;
    templateKey;
    /** The scenario's start date-time (the sandbox clock's origin). */
    scenarioStartAt;
    resetCount;
    lastResetAt;
    createdAt;
};
exports.Sandbox = Sandbox;
__decorate([
    (0, typeorm_1.PrimaryColumn)('text'),
    __metadata("design:type", String)
], Sandbox.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Index)(),
    (0, typeorm_1.Column)('integer', { nullable: true }),
    __metadata("design:type", Object)
], Sandbox.prototype, "sessionId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Sandbox.prototype, "scenarioId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Sandbox.prototype, "templateKey", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Sandbox.prototype, "scenarioStartAt", void 0);
__decorate([
    (0, typeorm_1.Column)('integer', { default: 0 }),
    __metadata("design:type", Number)
], Sandbox.prototype, "resetCount", void 0);
__decorate([
    (0, typeorm_1.Column)('text', { nullable: true }),
    __metadata("design:type", Object)
], Sandbox.prototype, "lastResetAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], Sandbox.prototype, "createdAt", void 0);
exports.Sandbox = Sandbox = __decorate([
    (0, typeorm_1.Entity)('sandbox')
], Sandbox);
//# sourceMappingURL=sandbox.entity.js.map