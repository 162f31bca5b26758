import { AuditEventDto, PERMISSIONS } from '@datenlotse/contracts';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../../common/permission.decorator';
import { AuditQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @RequirePermission(PERMISSIONS.auditRead)
  list(@Query() query: AuditQueryDto): Promise<AuditEventDto[]> {
    return this.audit.list(query);
  }
}
