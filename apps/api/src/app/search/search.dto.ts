import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const SEARCH_MAX_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 20;

export class SearchQueryDto {
  @ApiPropertyOptional({
    example: 'Feuerw',
    maxLength: SEARCH_MAX_LENGTH,
    description:
      'Words as typed; each is matched as a prefix and as a German word. Under 2 letters: no hits.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: SEARCH_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
