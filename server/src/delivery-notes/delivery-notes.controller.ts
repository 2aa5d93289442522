import { Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { Sandbox } from '../sandbox/sandbox.decorator.js';
import { SandboxContext } from '../sandbox/sandbox-context.js';
import { DeliveryNoteDto } from './dto/delivery-note.dto.js';
import { DeliveryNotesService } from './delivery-notes.service.js';

@ApiTags('delivery-notes')
@Controller('sandboxes/:sandboxId/delivery-notes')
export class DeliveryNotesController extends CrudRoutes('delivery-notes', DeliveryNoteDto) {
  constructor(readonly service: DeliveryNotesService) {
    super();
  }

  @Post(':id/validate')
  @HttpCode(200)
  validate(@Sandbox() ctx: SandboxContext, @Param('id', ParseIntPipe) id: number) {
    return this.service.validate(ctx, id);
  }
}
