import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { DocumentPdfService } from '../documents/document-pdf.service.js';
import { SendDocumentDto } from '../messages/dto/send-document.dto.js';
import { MessagesService } from '../messages/messages.service.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { OrderDto } from './dto/order.dto.js';
import { OrdersService } from './orders.service.js';

export class ValidateOrderDto {
  @IsOptional()
  @IsArray({ message: 'app.validation.invalid' })
  @IsString({ each: true, message: 'app.validation.string' })
  @MaxLength(60, { each: true, message: 'app.validation.too_long' })
  acknowledgements?: string[];
}

@ApiTags('orders')
@Controller('sandboxes/:sandboxId/orders')
export class OrdersController extends CrudRoutes('orders', OrderDto) {
  constructor(
    readonly service: OrdersService,
    private readonly pdf: DocumentPdfService,
    private readonly messages: MessagesService,
  ) {
    super();
  }

  @Post(':id/send')
  send(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: SendDocumentDto) {
    return this.messages.sendDocument(ctx, 'orders', id, dto ?? {});
  }

  @Get(':id/pdf')
  pdfFile(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.pdf.file(ctx, 'orders', id);
  }

  @Post(':id/validate')
  @HttpCode(200)
  validate(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() body: ValidateOrderDto) {
    return this.service.validate(ctx, id, body ?? {});
  }

  @Get(':id/control')
  control(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.control(ctx, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.cancel(ctx, id);
  }
}
