import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveriesModule } from '../app/deliveries/deliveries.module';
import { MailTemplate } from './mail-template.entity';
import { MailTemplatesController } from './mail-templates.controller';
import { MailTemplatesService } from './mail-templates.service';
import { MailWorker } from './mail-worker';
import { OutboxAdminService } from './outbox-admin.service';
import { OutboxMail } from './outbox-mail.entity';
import { OutboxController } from './outbox.controller';
import { OutboxService } from './outbox.service';
import { REMINDER_PROVIDERS } from './reminders/reminders.providers';
import { RemindersService } from './reminders/reminders.service';

// The mail work: the outbox (enqueue side), templates and rendering; the worker and the reminder jobs
// register their own providers here.
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMail, MailTemplate]), DeliveriesModule],
  controllers: [OutboxController, MailTemplatesController],
  providers: [OutboxService, MailTemplatesService, OutboxAdminService, MailWorker, ...REMINDER_PROVIDERS],
  exports: [OutboxService, RemindersService],
})
export class MailModule {}
