import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { DocumentPdfService } from '../documents/document-pdf.service.js';
import { SendDocumentDto } from '../messages/dto/send-document.dto.js';
import { MessagesService } from '../messages/messages.service.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { QuoteDto } from './dto/quote.dto.js';
import { QuotesService } from './quotes.service.js';

@ApiTags('quotes')
@Controller('sandboxes/:sandboxId/quotes')
export class QuotesController extends CrudRoutes('quotes', QuoteDto) {
  constructor(
    readonly service: QuotesService,
    private readonly pdf: DocumentPdfService,
    private readonly messages: MessagesService,
  ) {
    super();
  }

  @Get(':id/pdf')
  pdfFile(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.pdf.file(ctx, 'quotes', id);
  }

  @Post(':id/validate')
  @HttpCode(200)
  validate(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.validate(ctx, id);
  }

  /** Sends the quote (outbox e-mail with the PDF, or another mode) and marks it sent. */
  @Post(':id/send')
  send(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: SendDocumentDto) {
    return this.service.send(ctx, id, (markSent) => this.messages.sendDocument(ctx, 'quotes', id, dto ?? {}, markSent));
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
