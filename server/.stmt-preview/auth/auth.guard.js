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
exports.AuthGuard = void 0;
exports.bearerOf = bearerOf;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const domain_exception_js_1 = require("../common/errors/domain.exception.js");
const auth_decorators_js_1 = require("./auth.decorators.js");
const auth_service_js_1 = require("./auth.service.js");
function bearerOf(req) {
    const header = req.headers.authorization;
    if (typeof header !== 'string')
        return null;
    const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
    return m ? m[1] : null;
}
/** Global guard: every route needs a valid token unless marked @Public(); @Roles() narrows it. */
let AuthGuard = class AuthGuard {
    auth;
    reflector;
    constructor(auth, reflector) {
        this.auth = auth;
        this.reflector = reflector;
    }
    async canActivate(context) {
        const targets = [context.getHandler(), context.getClass()];
        if (this.reflector.getAllAndOverride(auth_decorators_js_1.IS_PUBLIC, targets))
            return true;
        const req = context.switchToHttp().getRequest();
        const token = bearerOf(req);
        if (!token)
            throw new domain_exception_js_1.DomainException('UNAUTHENTICATED');
        const user = await this.auth.authenticate(token);
        req.user = user;
        const roles = this.reflector.getAllAndOverride(auth_decorators_js_1.ROLES, targets);
        if (roles && !roles.includes(user.role))
            throw new domain_exception_js_1.DomainException('FORBIDDEN');
        return true;
    }
};
exports.AuthGuard = AuthGuard;
exports.AuthGuard = AuthGuard = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [auth_service_js_1.AuthService,
        core_1.Reflector])
], AuthGuard);
//# sourceMappingURL=auth.guard.js.map