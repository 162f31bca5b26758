import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  Interaction,
  InteractionDepartment,
  InteractionContact,
  InteractionUser,
} from './interaction.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Interaction, InteractionDepartment, InteractionContact, InteractionUser]),
  ],
})
export class InteractionsModule {}
