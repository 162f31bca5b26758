import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/config';
import { APP_CONFIG } from '../../config/config.provider';
import { hashPassword } from '../../app/auth/password';
import { Department } from '../../app/departments/department.entity';
import { Municipality } from '../../app/municipalities/municipality.entity';
import { User } from '../../app/users/user.entity';
import { loadMusterdatenkatalog } from '../../app/model-datasets/musterdatenkatalog-loader';
import { seedArgumentLibrary } from '../../app/objections/argument-library';
import { seedMailTemplates } from '../../mail/mail-templates.seed';
import { seedDefaultQuestionnaire } from '../../app/questionnaires/questionnaire-seed';
import { EngagementService } from '../../app/engagement/engagement.service';
import { InterviewCompletionService } from '../../app/interviews/interview-completion.service';
import { seedDemoCrm } from './demo-crm';
import { seedDemoInterviews } from './demo-interviews';
import { seedDemoPipeline } from './demo-pipeline';
import {
  DEMO_HEAD_DEPARTMENT,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_USERS,
  SeedUnit,
} from './demo-organisation';

// Any constant shared by all instances: the first one to start seeds, the others wait and find it done.
const SEED_LOCK = 7_140_001;

/** First start: the municipality, then the configured admin or the demo city. Safe with several instances. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  async seedOnFirstStart(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const municipality = await this.ensureMunicipality(manager);
      // Reference data and shipped content come with every start, so that upgrades bring them too.
      await loadMusterdatenkatalog(manager);
      await seedArgumentLibrary(manager, municipality.id);
      await seedMailTemplates(manager, municipality.id);
      for (const { id } of await manager.getRepository(Municipality).find({ select: { id: true } })) {
        await seedDefaultQuestionnaire(manager, id);
      }
      if (await manager.getRepository(User).exists()) return;
      if (this.config.demoData) await this.seedOrganisation(manager, municipality.id);
      if (this.config.adminEmail && this.config.adminPassword) {
        await this.createUser(manager, municipality.id, {
          email: this.config.adminEmail,
          name: 'Administrator',
          role: 'admin',
          password: this.config.adminPassword,
        });
        this.logger.log(`Created the admin ${this.config.adminEmail}`);
      } else if (this.config.demoData) {
        await this.seedDemoUsers(manager, municipality.id);
        const now = new Date();
        await seedDemoCrm(manager, municipality.id, now);
        await seedDemoPipeline(manager, municipality.id, now);
        // The pilot departments' interviews are completed as the API completes them, records and all.
        await seedDemoInterviews(manager, municipality.id, now, {
          completion: this.moduleRef.get(InterviewCompletionService, { strict: false }),
          engagement: this.moduleRef.get(EngagementService, { strict: false }),
        });
        this.logger.log(`Demo data loaded; sign in as ${DEMO_USERS[0].email} / ${DEMO_PASSWORD}`);
      } else {
        this.logger.warn(
          'No users and no demo data: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin',
        );
      }
    });
  }

  private async ensureMunicipality(manager: EntityManager): Promise<Municipality> {
    const repository = manager.getRepository(Municipality);
    const [first] = await repository.find({ order: { createdAt: 'ASC' }, take: 1 });
    if (first) return first;
    return repository.save(
      repository.create({ name: this.config.municipalityName, geocode: this.config.municipalityGeocode }),
    );
  }

  private async seedOrganisation(manager: EntityManager, municipalityId: string): Promise<void> {
    const repository = manager.getRepository(Department);
    if (await repository.exists({ where: { municipalityId } })) return;
    const insert = async (units: SeedUnit[], parentId: string | null): Promise<void> => {
      for (const unit of units) {
        const saved = await repository.save(
          repository.create({
            municipalityId,
            parentId,
            name: unit.name,
            shortName: unit.shortName ?? null,
            kind: unit.kind,
            website: unit.website ?? null,
            notes: null,
            archivedAt: null,
          }),
        );
        await insert(unit.children ?? [], saved.id);
      }
    };
    await insert(DEMO_ORGANISATION, null);
  }

  private async seedDemoUsers(manager: EntityManager, municipalityId: string): Promise<void> {
    const head = await manager
      .getRepository(Department)
      .findOneBy({ municipalityId, name: DEMO_HEAD_DEPARTMENT });
    for (const demo of DEMO_USERS) {
      await this.createUser(manager, municipalityId, {
        ...demo,
        password: DEMO_PASSWORD,
        departments: demo.role === 'department_head' && head ? [head] : [],
      });
    }
  }

  private async createUser(
    manager: EntityManager,
    municipalityId: string,
    user: Pick<User, 'email' | 'name' | 'role'> & { password: string; departments?: Department[] },
  ): Promise<void> {
    const repository = manager.getRepository(User);
    await repository.save(
      repository.create({
        municipalityId,
        email: user.email,
        name: user.name,
        role: user.role,
        locale: 'de',
        passwordHash: await hashPassword(user.password),
        active: true,
        departments: user.departments ?? [],
      }),
    );
  }
}
