import { Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { QuoteDto } from './dto/quote.dto.js';
import { QuotesService } from './quotes.service.js';

@ApiTags('quotes')
@Controller('sandboxes/:sandboxId/quotes')
export class QuotesController extends CrudRoutes('quotes', QuoteDto) {
  constructor(readonly service: QuotesService) {
    super();
  }

  @Post(':id/validate')
  @HttpCode(200)
  validate(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.validate(ctx, id);
  }

  @Post(':id/send')
  @HttpCode(200)
  send(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.markSent(ctx, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  accept(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.accept(ctx, id);
  }

  @Post(':id/refuse')
  @HttpCode(200)
  refuse(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.refuse(ctx, id);
  }

  @Post(':id/duplicate')
  duplicate(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.duplicate(ctx, id);
  }

  @Post(':id/convert-to-order')
  convertToOrder(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.convertToOrder(ctx, id);
  }
}
