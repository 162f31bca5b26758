import {
  CreateInteractionRequest,
  INTERACTION_TYPES,
  InteractionType,
  UpdateInteractionRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
} from 'class-validator';

/**
 * How far ahead an interaction may be dated. Interactions record what happened; a day of slack lets the team
 * log this evening's event in the afternoon and absorbs time zones. Meetings further ahead are planned as
 * tasks (or, later, interviews), so that "last contact" never counts a meeting that has not taken place.
 */
export const MAX_HOURS_AHEAD = 24;

const NotFarInFuture = () =>
  ValidateBy({
    name: 'notFarInFuture',
    validator: {
      validate: (value: unknown) =>
        typeof value !== 'string' || Date.parse(value) <= Date.now() + MAX_HOURS_AHEAD * 3_600_000,
      defaultMessage: () => `occurredAt must not be more than ${MAX_HOURS_AHEAD} hours in the future`,
    },
  });

export class CreateInteractionDto implements CreateInteractionRequest {
  @ApiProperty({ enum: INTERACTION_TYPES })
  @IsIn(INTERACTION_TYPES)
  type!: InteractionType;

  @ApiProperty({ example: '2025-03-12T10:00:00+01:00', description: 'At most a day in the future.' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}T/, { message: 'occurredAt must be a date with a time' })
  @NotFarInFuture()
  occurredAt!: string;

  @ApiProperty({ example: 'Erstgespräch mit der Amtsleitung über Einsatzdaten' })
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  @Matches(/\S/, { message: 'summary must not be blank' })
  summary!: string;

  @ApiProperty({ type: [String], minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  departmentIds!: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  contactIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Team members who took part.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  userIds?: string[];
}

export class UpdateInteractionDto
  extends PartialType(CreateInteractionDto)
  implements UpdateInteractionRequest
{
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;
}
