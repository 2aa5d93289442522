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
exports.ContactsController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const crud_routes_js_1 = require("../common/http/crud-routes.js");
const contact_dto_js_1 = require("./dto/contact.dto.js");
const contacts_service_js_1 = require("./contacts.service.js");
let ContactsController = class ContactsController extends (0, crud_routes_js_1.CrudRoutes)('contacts', contact_dto_js_1.ContactDto) {
    service;
    constructor(service) {
        super();
        this.service = service;
    }
};
exports.ContactsController = ContactsController;
exports.ContactsController = ContactsController = __decorate([
    (0, swagger_1.ApiTags)('contacts'),
    (0, common_1.Controller)('sandboxes/:sandboxId/contacts'),
    __metadata("design:paramtypes", [contacts_service_js_1.ContactsService])
], ContactsController);
//# sourceMappingURL=contacts.controller.js.map