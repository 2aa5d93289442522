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
exports.CreateSessionDto = exports.CandidateInputDto = void 0;
const class_transformer_1 = require("class-transformer");
const class_validator_1 = require("class-validator");
const decorators_js_1 = require("../../common/validation/decorators.js");
const session_entity_js_1 = require("../session.entity.js");
class CandidateInputDto {
    name;
    candidateNumber;
    extraMinutes;
}
exports.CandidateInputDto = CandidateInputDto;
__decorate([
    (0, decorators_js_1.Text)(120, { required: true }),
    __metadata("design:type", String)
], CandidateInputDto.prototype, "name", void 0);
__decorate([
    (0, decorators_js_1.Text)(30, { required: true }),
    __metadata("design:type", String)
], CandidateInputDto.prototype, "candidateNumber", void 0);
__decorate([
    (0, decorators_js_1.Int)({ max: 600 }),
    __metadata("design:type", Object)
], CandidateInputDto.prototype, "extraMinutes", void 0);
class CreateSessionDto {
    name;
    scenarioId;
    mode;
    startsAt;
    durationMinutes;
    candidates;
}
exports.CreateSessionDto = CreateSessionDto;
__decorate([
    (0, decorators_js_1.Text)(120, { required: true }),
    __metadata("design:type", String)
], CreateSessionDto.prototype, "name", void 0);
__decorate([
    (0, decorators_js_1.Text)(64, { required: true }),
    __metadata("design:type", String)
], CreateSessionDto.prototype, "scenarioId", void 0);
__decorate([
    (0, decorators_js_1.Choice)(session_entity_js_1.SESSION_MODES, { required: true }),
    __metadata("design:type", Object)
], CreateSessionDto.prototype, "mode", void 0);
__decorate([
    (0, class_validator_1.IsISO8601)({ strict: true }, { message: 'app.validation.date' }),
    __metadata("design:type", String)
], CreateSessionDto.prototype, "startsAt", void 0);
__decorate([
    (0, decorators_js_1.Int)({ required: true, min: 1, max: 60 * 24 * 60 }),
    __metadata("design:type", Number)
], CreateSessionDto.prototype, "durationMinutes", void 0);
__decorate([
    (0, class_validator_1.IsArray)({ message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMinSize)(1, { message: 'app.validation.required' }),
    (0, class_validator_1.ArrayMaxSize)(300, { message: 'app.validation.too_large' }),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => CandidateInputDto),
    __metadata("design:type", Array)
], CreateSessionDto.prototype, "candidates", void 0);
//# sourceMappingURL=create-session.dto.js.map