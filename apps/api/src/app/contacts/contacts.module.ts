import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Interaction } from '../interactions/interaction.entity';
import { Task } from '../tasks/task.entity';
import { Contact } from './contact.entity';
import { ContactPrivacyService } from './contact-privacy.service';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';

@Module({
  imports: [TypeOrmModule.forFeature([Contact, Interaction, Task])],
  controllers: [ContactsController],
  providers: [ContactsService, ContactPrivacyService],
  exports: [ContactsService],
})
export class ContactsModule {}
