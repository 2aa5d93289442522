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
exports.ProductFamiliesController = exports.ProductsController = void 0;
const common_1 = require("@nestjs/common");
const swagger_1 = require("@nestjs/swagger");
const crud_routes_js_1 = require("../common/http/crud-routes.js");
const product_dto_js_1 = require("./dto/product.dto.js");
const product_families_service_js_1 = require("./product-families.service.js");
const products_service_js_1 = require("./products.service.js");
let ProductsController = class ProductsController extends (0, crud_routes_js_1.CrudRoutes)('products', product_dto_js_1.ProductDto) {
    service;
    constructor(service) {
        super();
        this.service = service;
    }
};
exports.ProductsController = ProductsController;
exports.ProductsController = ProductsController = __decorate([
    (0, swagger_1.ApiTags)('products'),
    (0, common_1.Controller)('sandboxes/:sandboxId/products'),
    __metadata("design:paramtypes", [products_service_js_1.ProductsService])
], ProductsController);
let ProductFamiliesController = class ProductFamiliesController extends (0, crud_routes_js_1.CrudRoutes)('product-families', product_dto_js_1.ProductFamilyDto) {
    service;
    constructor(service) {
        super();
        this.service = service;
    }
};
exports.ProductFamiliesController = ProductFamiliesController;
exports.ProductFamiliesController = ProductFamiliesController = __decorate([
    (0, swagger_1.ApiTags)('products'),
    (0, common_1.Controller)('sandboxes/:sandboxId/product-families'),
    __metadata("design:paramtypes", [product_families_service_js_1.ProductFamiliesService])
], ProductFamiliesController);
//# sourceMappingURL=products.controller.js.map