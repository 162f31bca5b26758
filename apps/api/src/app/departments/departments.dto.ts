import {
  CreateDepartmentRequest,
  DEPARTMENT_KINDS,
  DepartmentKind,
  UpdateDepartmentRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

export class CreateDepartmentDto implements CreateDepartmentRequest {
  @ApiProperty({ example: 'Feuerwehr, Rettungsdienst und Bevölkerungsschutz' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: 'Amt 37' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  shortName?: string | null;

  @ApiProperty({ enum: DEPARTMENT_KINDS })
  @IsIn(DEPARTMENT_KINDS)
  kind!: DepartmentKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ example: 'https://www.duesseldorf.de/feuerwehr' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;
}

export class UpdateDepartmentDto extends PartialType(CreateDepartmentDto) implements UpdateDepartmentRequest {
  @ApiProperty({
    description: 'The version last read; a stale one answers 409. parentId null moves to the top.',
  })
  @IsInt()
  @Min(1)
  version!: number;
}
