import { AppInfo } from '@datenlotse/contracts';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { Public } from '../../common/permission.decorator';
import { DEMO_PASSWORD, DEMO_USERS } from '../../database/seeds/demo-organisation';
import { Municipality } from '../municipalities/municipality.entity';
import { User } from '../users/user.entity';

/** What the login page shows before anyone signs in. */
@ApiTags('info')
@Controller('info')
export class InfoController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async info(): Promise<AppInfo> {
    const [municipality] = await this.dataSource
      .getRepository(Municipality)
      .find({ order: { createdAt: 'ASC' }, take: 1 });
    const demoMode = this.config.demoData && !this.config.adminEmail;
    // Demo accounts are shown only while they exist and are active: an admin can retire them.
    const active = demoMode
      ? await this.dataSource
          .getRepository(User)
          .findBy({ email: In(DEMO_USERS.map((u) => u.email)), active: true })
      : [];
    return {
      municipalityName: municipality?.name ?? this.config.municipalityName,
      demoMode,
      demoAccounts: DEMO_USERS.filter((demo) => active.some((u) => u.email === demo.email)).map((demo) => ({
        ...demo,
        password: DEMO_PASSWORD,
      })),
    };
  }
}
