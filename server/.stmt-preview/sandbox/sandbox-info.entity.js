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
exports.SandboxInfo = void 0;
const typeorm_1 = require("typeorm");
/** What scenario this sandbox file was built from, and its scenario clock origin. One row, id 1. */
let SandboxInfo = class SandboxInfo {
    id;
    scenarioId;
    scenarioTitle;
    scenarioHash;
    /** Scenario date-time at which the fictive company's clock starts (ISO, local time, no zone). */
    scenarioStartAt;
    builtAt;
};
exports.SandboxInfo = SandboxInfo;
__decorate([
    (0, typeorm_1.PrimaryColumn)('integer'),
    __metadata("design:type", Number)
], SandboxInfo.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], SandboxInfo.prototype, "scenarioId", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], SandboxInfo.prototype, "scenarioTitle", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], SandboxInfo.prototype, "scenarioHash", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], SandboxInfo.prototype, "scenarioStartAt", void 0);
__decorate([
    (0, typeorm_1.Column)('text'),
    __metadata("design:type", String)
], SandboxInfo.prototype, "builtAt", void 0);
exports.SandboxInfo = SandboxInfo = __decorate([
    (0, typeorm_1.Entity)('sandbox_info')
], SandboxInfo);
//# sourceMappingURL=sandbox-info.entity.js.map