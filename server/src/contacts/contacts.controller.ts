import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudRoutes } from '../common/http/crud-routes.js';
import { ContactDto } from './dto/contact.dto.js';
import { ContactsService } from './contacts.service.js';

@ApiTags('contacts')
@Controller('sandboxes/:sandboxId/contacts')
export class ContactsController extends CrudRoutes('contacts', ContactDto) {
  constructor(readonly service: ContactsService) {
    super();
  }
}
