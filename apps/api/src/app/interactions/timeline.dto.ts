import { TIMELINE_FILTERS, TimelineFilter, TimelineQuery } from '@datenlotse/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateBy,
} from 'class-validator';
import { decodeCursor } from './timeline-cursor';

export const TIMELINE_PAGE_SIZE = 20;

/** Paging through a timeline: the cursor of the previous page and the page size. */
export class TimelinePageQueryDto {
  @ApiPropertyOptional({ description: 'The nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @ValidateBy({
    name: 'isTimelineCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && decodeCursor(value) !== null,
      defaultMessage: () => 'cursor is not a cursor this API handed out',
    },
  })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: TIMELINE_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class TimelineQueryDto extends TimelinePageQueryDto implements TimelineQuery {
  @ApiPropertyOptional({
    description: 'Comma-separated interaction types and/or `system` (the audit events).',
    example: 'meeting,call,event',
    type: String,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMaxSize(TIMELINE_FILTERS.length)
  @IsIn(TIMELINE_FILTERS, { each: true })
  types?: TimelineFilter[];
}
