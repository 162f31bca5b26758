import { Module } from '@nestjs/common';

// Filled in by the mail work: outbox, templates, rendering, the worker and the reminder jobs.
@Module({})
export class MailModule {}
