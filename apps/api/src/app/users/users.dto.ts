import {
  CreateUserRequest,
  Locale,
  LOCALES,
  PASSWORD_MIN_LENGTH,
  Role,
  ROLES,
  UpdateUserRequest,
} from '@datenlotse/contracts';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty()
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  departmentIds?: string[];

  @ApiPropertyOptional({
    minLength: PASSWORD_MIN_LENGTH,
    description: 'Without a password the user is invited.',
  })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(500)
  password?: string;
}

export class UpdateUserDto
  extends PartialType(OmitType(CreateUserDto, ['email', 'password'] as const))
  implements UpdateUserRequest
{
  @ApiProperty({ description: 'The version last read; a stale one answers 409.' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
