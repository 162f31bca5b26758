import { API_ROUTES } from '@datenlotse/contracts';
import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import type { Request } from 'express';
import { Public } from '../../common/permission.decorator';
import { JSON_LD } from './dcat-jsonld';
import { DcatService } from './dcat.service';

export class CatalogQueryDto {
  @ApiPropertyOptional({
    example: '05111000',
    description: 'Amtlicher Gemeindeschlüssel; default: the first municipality.',
  })
  @IsOptional()
  @Matches(/^\d{8}$/, { message: 'geocode must be an Amtlicher Gemeindeschlüssel (8 digits)' })
  geocode?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;
}

/** The public DCAT-AP.de catalogue: what harvesters (GovData, Open.NRW) read. */
@ApiTags('catalog')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly dcat: DcatService) {}

  @Get('dcat')
  @Public()
  @Header('Content-Type', JSON_LD)
  catalog(@Req() req: Request, @Query() query: CatalogQueryDto): Promise<object> {
    const baseUrl = `${req.protocol}://${req.get('host') ?? 'localhost'}${API_ROUTES.catalogDcat}`;
    return this.dcat.catalog(baseUrl, query.geocode, query.page ?? 1);
  }
}
