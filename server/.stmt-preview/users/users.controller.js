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
exports.UsersController = exports.CreateUserDto = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const auth_decorators_js_1 = require("../auth/auth.decorators.js");
const password_js_1 = require("../auth/password.js");
const content_range_js_1 = require("../common/http/content-range.js");
const list_query_js_1 = require("../common/http/list-query.js");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const decorators_js_1 = require("../common/validation/decorators.js");
const control_db_service_js_1 = require("../control/control-db.service.js");
const common_2 = require("@nestjs/common");
const user_entity_js_1 = require("./user.entity.js");
class CreateUserDto {
    username;
    displayName;
    role;
}
exports.CreateUserDto = CreateUserDto;
__decorate([
    (0, decorators_js_1.Text)(40, { required: true }),
    __metadata("design:type", String)
], CreateUserDto.prototype, "username", void 0);
__decorate([
    (0, decorators_js_1.Text)(120, { required: true }),
    __metadata("design:type", String)
], CreateUserDto.prototype, "displayName", void 0);
__decorate([
    (0, decorators_js_1.Choice)(['admin', 'proctor', 'jury'], { required: true }),
    __metadata("design:type", String)
], CreateUserDto.prototype, "role", void 0);
const LIST = {
    alias: 'u',
    sortable: { id: 'u.id', username: 'u.username', role: 'u.role', displayName: 'u.displayName' },
    filters: { id: list_query_js_1.filters.ids('u.id'), role: list_query_js_1.filters.equals('u.role'), q: list_query_js_1.filters.text(['u.username', 'u.displayName']) },
};
/** Staff accounts (admins, proctors, juries). Candidates are created with their session. */
let UsersController = class UsersController {
    control;
    constructor(control) {
        this.control = control;
    }
    async list(query, res) {
        const list = (0, list_query_js_1.parseListQuery)(query, ['username', 'ASC']);
        const result = await this.control.read((em) => (0, list_query_js_1.runList)(em.createQueryBuilder(user_entity_js_1.User, 'u'), LIST, list));
        return (0, content_range_js_1.withContentRange)(res, 'users', result, ({ passwordHash: _h, ...u }) => u);
    }
    /** Creates the account with a generated password, returned once. */
    async create(dto) {
        if (!/^[a-z][a-z0-9._-]{2,39}$/.test(dto.username))
            throw new domain_exception_js_1.FieldErrorsException({ username: 'app.validation.username' });
        const password = (0, password_js_1.generatePassword)();
        const passwordHash = await (0, password_js_1.hashPassword)(password, password_js_1.COST.staff);
        return this.control.write(async (em) => {
            if (await em.countBy(user_entity_js_1.User, { username: dto.username }))
                throw new domain_exception_js_1.FieldErrorsException({ username: 'app.validation.username_taken' });
            const user = em.create(user_entity_js_1.User, { ...dto, passwordHash, active: true, createdAt: new Date().toISOString() });
            await em.insert(user_entity_js_1.User, user);
            return { id: user.id, username: user.username, displayName: user.displayName, role: user.role, password };
        });
    }
};
exports.UsersController = UsersController;
__decorate([
    (0, common_1.Get)(),
    __param(0, (0, common_1.Query)()),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], UsersController.prototype, "list", null);
__decorate([
    (0, common_2.Post)(),
    __param(0, (0, common_1.Body)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CreateUserDto]),
    __metadata("design:returntype", Promise)
], UsersController.prototype, "create", null);
exports.UsersController = UsersController = __decorate([
    (0, swagger_1.ApiTags)('users'),
    (0, swagger_1.ApiBearerAuth)(),
    (0, common_1.Controller)('users'),
    (0, auth_decorators_js_1.Roles)('admin'),
    __metadata("design:paramtypes", [control_db_service_js_1.ControlDb])
], UsersController);
//# sourceMappingURL=users.controller.js.map