import { IMPORT_KINDS, ImportKind, ImportMapping, RunImportRequest } from '@datenlotse/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsObject } from 'class-validator';

export class ImportUploadQueryDto {
  @ApiProperty({ enum: IMPORT_KINDS, description: 'What the file holds' })
  @IsIn(IMPORT_KINDS)
  kind!: ImportKind;
}

export class ImportUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'CSV (; or ,, UTF-8 or Windows-1252) or XLSX',
  })
  file!: unknown;
}

export class RunImportDto implements RunImportRequest {
  @ApiProperty({
    description: 'Import field → column header of the file',
    example: { name: 'Name', department: 'Amt', email: 'E-Mail' },
  })
  @IsObject()
  mapping!: ImportMapping;
}
