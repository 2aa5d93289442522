import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { DocumentPdfService } from '../documents/document-pdf.service.js';
import { SendDocumentDto } from '../messages/dto/send-document.dto.js';
import { MessagesService } from '../messages/messages.service.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { DepositInvoiceDto, InvoiceDto, InvoiceFromDeliveryNotesDto, InvoiceFromOrderDto } from './dto/invoice.dto.js';
import { InvoicesService } from './invoices.service.js';

@ApiTags('invoices')
@Controller('sandboxes/:sandboxId/invoices')
export class InvoicesController extends CrudRoutes('invoices', InvoiceDto) {
  constructor(
    readonly service: InvoicesService,
    private readonly pdf: DocumentPdfService,
    private readonly messages: MessagesService,
  ) {
    super();
  }

  @Post(':id/send')
  send(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: SendDocumentDto) {
    return this.messages.sendDocument(ctx, 'invoices', id, dto ?? {});
  }

  @Get(':id/pdf')
  pdfFile(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.pdf.file(ctx, 'invoices', id);
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
