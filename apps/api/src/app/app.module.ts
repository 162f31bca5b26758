import { DynamicModule, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.provider';
import { dataSourceOptions } from '../database/data-source-options';
import { SeedService } from '../database/seeds/seed.service';
import { MailModule } from '../mail/mail.module';
import { ApprovalsModule } from './approvals/approvals.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ContactsModule } from './contacts/contacts.module';
import { DatasetsModule } from './datasets/datasets.module';
import { DeliveriesModule } from './deliveries/deliveries.module';
import { DepartmentsModule } from './departments/departments.module';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { InfoController } from './info/info.controller';
import { InterviewsModule } from './interviews/interviews.module';
import { InteractionsModule } from './interactions/interactions.module';
import { ModelDatasetsModule } from './model-datasets/model-datasets.module';
import { ObjectionsModule } from './objections/objections.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { SearchModule } from './search/search.module';
import { TasksModule } from './tasks/tasks.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule implements OnApplicationBootstrap {
  constructor(private readonly seed: SeedService) {}

  /** The composition root: one module per domain, wired to the database the server started with. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, !config.databaseUrl)),
        AuditModule,
        AuthModule,
        UsersModule,
        DepartmentsModule,
        ContactsModule,
        InteractionsModule,
        TasksModule,
        SearchModule,
        ImportsModule,
        ModelDatasetsModule,
        DatasetsModule,
        ObjectionsModule,
        DeliveriesModule,
        MailModule,
        ApprovalsModule,
        QuestionnairesModule,
        InterviewsModule,
      ],
      controllers: [HealthController, InfoController],
      providers: [{ provide: APP_CONFIG, useValue: config }, SeedService],
      exports: [APP_CONFIG],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.seed.seedOnFirstStart();
  }
}
