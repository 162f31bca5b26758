import { Module } from '@nestjs/common';

// Filled in by the approvals work: requests, decisions in the app and by mail link.
@Module({})
export class ApprovalsModule {}
