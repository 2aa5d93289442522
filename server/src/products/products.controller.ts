import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { ProductDto, ProductFamilyDto } from './dto/product.dto.js';
import { ProductFamiliesService } from './product-families.service.js';
import { ProductsService } from './products.service.js';

@ApiTags('products')
@Controller('sandboxes/:sandboxId/products')
export class ProductsController extends CrudRoutes('products', ProductDto) {
  constructor(readonly service: ProductsService) {
    super();
  }
}

@ApiTags('products')
@Controller('sandboxes/:sandboxId/product-families')
export class ProductFamiliesController extends CrudRoutes('product-families', ProductFamilyDto) {
  constructor(readonly service: ProductFamiliesService) {
    super();
  }
}
