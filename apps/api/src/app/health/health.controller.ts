import { HealthResponse } from '@datenlotse/contracts';
import { Controller, Get, HttpStatus, Inject, Res, VERSION_NEUTRAL } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { Public } from '../../common/permission.decorator';

/** /api/health: for load balancers and monitoring; 503 when the database does not answer. */
@ApiTags('health')
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const up = await this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    if (!up) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: up ? 'ok' : 'error',
      database: { status: up ? 'up' : 'down', kind: this.config.databaseUrl ? 'external' : 'embedded' },
      version: process.env['npm_package_version'] ?? '0.0.0',
    };
  }
}
