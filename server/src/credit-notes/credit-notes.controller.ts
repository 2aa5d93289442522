import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { DocumentPdfService } from '../documents/document-pdf.service.js';
import { SendDocumentDto } from '../messages/dto/send-document.dto.js';
import { MessagesService } from '../messages/messages.service.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { CreditNoteDto } from './dto/credit-note.dto.js';
import { CreditNotesService } from './credit-notes.service.js';

@ApiTags('credit-notes')
@Controller('sandboxes/:sandboxId/credit-notes')
export class CreditNotesController extends CrudRoutes('credit-notes', CreditNoteDto) {
  constructor(
    readonly service: CreditNotesService,
    private readonly pdf: DocumentPdfService,
    private readonly messages: MessagesService,
  ) {
    super();
  }

  @Post(':id/send')
  send(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number, @Body() dto: SendDocumentDto) {
    return this.messages.sendDocument(ctx, 'credit-notes', id, dto ?? {});
  }

  @Get(':id/pdf')
  pdfFile(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.pdf.file(ctx, 'credit-notes', id);
  }

  @Post(':id/validate')
  @HttpCode(200)
  validate(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.validate(ctx, id);
  }
}
