import { Module } from '@nestjs/common';

// Filled in by the pipeline work: entities, controller, services.
@Module({})
export class ObjectionsModule {}
