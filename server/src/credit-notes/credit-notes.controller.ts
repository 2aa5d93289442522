import { Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { CreditNoteDto } from './dto/credit-note.dto.js';
import { CreditNotesService } from './credit-notes.service.js';

@ApiTags('credit-notes')
@Controller('sandboxes/:sandboxId/credit-notes')
export class CreditNotesController extends CrudRoutes('credit-notes', CreditNoteDto) {
  constructor(readonly service: CreditNotesService) {
    super();
  }

  @Post(':id/validate')
  @HttpCode(200)
  validate(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.validate(ctx, id);
  }
}
