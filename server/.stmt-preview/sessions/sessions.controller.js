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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionsController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_js_1 = require("../auth/auth.decorators.js");
const content_range_js_1 = require("../common/http/content-range.js");
const create_session_dto_js_1 = require("./dto/create-session.dto.js");
const sessions_service_js_1 = require("./sessions.service.js");
let SessionsController = class SessionsController {
    sessions;
    constructor(sessions) {
        this.sessions = sessions;
    }
    async list(query, res) {
        return (0, content_range_js_1.withContentRange)(res, 'sessions', await this.sessions.list(query));
    }
    get(id) {
        return this.sessions.get(id);
    }
    create(dto, user) {
        return this.sessions.create(dto, user.id);
    }
};
exports.SessionsController = SessionsController;
__decorate([
    (0, common_1.Get)(),
    (0, auth_decorators_js_1.Roles)('admin', 'proctor', 'jury'),
    __param(0, (0, common_1.Query)()),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], SessionsController.prototype, "list", null);
__decorate([
    (0, common_1.Get)(':id'),
    (0, auth_decorators_js_1.Roles)('admin', 'proctor', 'jury'),
    __param(0, (0, common_1.Param)('id', common_1.ParseIntPipe)),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Number]),
    __metadata("design:returntype", void 0)
], SessionsController.prototype, "get", null);
__decorate([
    (0, common_1.Post)(),
    (0, auth_decorators_js_1.Roles)('admin', 'proctor'),
    __param(0, (0, common_1.Body)()),
    __param(1, (0, auth_decorators_js_1.CurrentUser)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [create_session_dto_js_1.CreateSessionDto, Object]),
    __metadata("design:returntype", void 0)
], SessionsController.prototype, "create", null);
exports.SessionsController = SessionsController = __decorate([
    (0, swagger_1.ApiTags)('sessions'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('sessions'),
    __metadata("design:paramtypes", [sessions_service_js_1.SessionsService])
], SessionsController);
//# sourceMappingURL=sessions.controller.js.map