import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { DepositInvoiceDto, InvoiceDto, InvoiceFromDeliveryNotesDto, InvoiceFromOrderDto } from './dto/invoice.dto.js';
import { InvoicesService } from './invoices.service.js';

@ApiTags('invoices')
@Controller('sandboxes/:sandboxId/invoices')
export class InvoicesController extends CrudRoutes('invoices', InvoiceDto) {
  constructor(readonly service: InvoicesService) {
    super();
  }

  @Post('from-delivery-notes')
  fromDeliveryNotes(@Sandbox() ctx: SandboxContext, @Body() dto: InvoiceFromDeliveryNotesDto) {
    return this.service.fromDeliveryNotes(ctx, dto);
  }

  @Post('from-order')
  fromOrder(@Sandbox() ctx: SandboxContext, @Body() dto: InvoiceFromOrderDto) {
    return this.service.fromOrder(ctx, dto);
  }

  @Post('deposit')
  deposit(@Sandbox() ctx: SandboxContext, @Body() dto: DepositInvoiceDto) {
    return this.service.deposit(ctx, dto);
  }

  @Post(':id/validate')
  @HttpCode(200)
  validate(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.validate(ctx, id);
  }
}
