import { ArgumentDto, FIELD_ERROR_CODES, ObjectionCategory } from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '../../common/query';
import { staleWrite } from '../../common/stale-write';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { ModelDataset } from '../model-datasets/model-dataset.entity';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { Argument } from './argument.entity';
import { ObjectionArgument } from './objection.entity';
import { ArgumentQueryDto, CreateArgumentDto, UpdateArgumentDto } from './arguments.dto';

interface ArgumentRow {
  id: string;
  category: ObjectionCategory;
  title: string;
  body: string;
  examples: string | null;
  evidence: string | null;
  model_dataset_id: string | null;
  model_dataset_name: string | null;
  used_count: number;
  archived_at: Date | null;
  version: number;
}

/** How many answers use the argument: every objection of the municipality, whoever may see it. */
const USED_COUNT = `(SELECT count(*) FROM objection_argument oa WHERE oa.argument_id = a.id)::int`;

/** The team's library of counter-arguments: shipped ones (seed_key) and the team's own. */
@Injectable()
export class ArgumentsService {
  private readonly library: ScopedRepository<Argument>;

  constructor(
    @InjectRepository(Argument) args: Repository<Argument>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.library = new ScopedRepository(args);
  }

  /** By category, the most used first; archived ones only when asked for, after the others. */
  async list(query: ArgumentQueryDto): Promise<ArgumentDto[]> {
    const qb = this.library.query('a');
    if (query.category) qb.andWhere('a.category = :category', { category: query.category });
    if (!query.includeArchived) qb.andWhere('a.archived_at IS NULL');
    const q = query.q?.trim();
    if (q) {
      qb.andWhere(
        `(a.title ILIKE :pattern OR a.body ILIKE :pattern OR a.examples ILIKE :pattern OR a.evidence ILIKE :pattern)`,
        { pattern: containsPattern(q) },
      );
    }
    const rows = await withDetails(qb)
      .orderBy('a.archived_at IS NOT NULL', 'ASC')
      .addOrderBy('a.category', 'ASC')
      .addOrderBy('used_count', 'DESC')
      .addOrderBy('a.title', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany<ArgumentRow>();
    return rows.map(toDto);
  }

  async get(id: string): Promise<ArgumentDto> {
    return this.load(this.dataSource.manager, id);
  }

  async create(input: CreateArgumentDto): Promise<ArgumentDto> {
    return this.dataSource.transaction(async (manager) => {
      if (input.modelDatasetId) await requireModelDataset(manager, input.modelDatasetId);
      const saved = await this.library.with(manager).save({
        category: input.category,
        title: input.title.trim(),
        body: input.body.trim(),
        examples: input.examples?.trim() || null,
        evidence: input.evidence?.trim() || null,
        modelDatasetId: input.modelDatasetId ?? null,
        seedKey: null,
        archivedAt: null,
      });
      await this.audit.record(manager, {
        action: 'create',
        entity: 'argument',
        entityId: saved.id,
        after: auditView(saved),
      });
      return this.load(manager, saved.id);
    });
  }

  /** Edits an argument; `archived` takes it out of the answer dialog without losing where it was used. */
  async update(id: string, input: UpdateArgumentDto): Promise<ArgumentDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.library.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No argument ${id}`);
      if (current.version !== input.version) throw staleWrite('argument', await this.load(manager, id));
      if (input.modelDatasetId && input.modelDatasetId !== current.modelDatasetId) {
        await requireModelDataset(manager, input.modelDatasetId);
      }
      const { version, archived, ...changes } = input;
      const result = await manager
        .createQueryBuilder()
        .update(Argument)
        .set({
          ...(changes.category !== undefined && { category: changes.category }),
          ...(changes.title !== undefined && { title: changes.title.trim() }),
          ...(changes.body !== undefined && { body: changes.body.trim() }),
          ...(changes.examples !== undefined && { examples: changes.examples?.trim() || null }),
          ...(changes.evidence !== undefined && { evidence: changes.evidence?.trim() || null }),
          ...(changes.modelDatasetId !== undefined && { modelDatasetId: changes.modelDatasetId }),
          ...(archived !== undefined && {
            archivedAt: archived ? (current.archivedAt ?? new Date()) : null,
          }),
        })
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (result.affected !== 1) throw staleWrite('argument', await this.load(manager, id));
      const saved = await this.library.with(manager).findOne({ where: { id } });
      if (!saved) throw new NotFoundException(`No argument ${id}`);
      await this.audit.record(manager, {
        action: 'update',
        entity: 'argument',
        entityId: id,
        before: auditView(current),
        after: auditView(saved),
      });
      return this.load(manager, id);
    });
  }

  /**
   * Deletes an argument nobody used and the team wrote itself. A used one stays for the answers that cite
   * it, and a shipped one would come back at the next start: both are archived instead (409 here).
   */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.library.with(manager).findOne({ where: { id } });
      if (!current) throw new NotFoundException(`No argument ${id}`);
      const used = await manager.count(ObjectionArgument, { where: { argumentId: id } });
      if (used > 0) {
        throw new ConflictException(`The argument is used in ${used} answer(s): archive it instead`);
      }
      if (current.seedKey) {
        throw new ConflictException('The argument comes with Datenlotse: archive it instead');
      }
      await manager.delete(Argument, { id });
      await this.audit.record(manager, {
        action: 'delete',
        entity: 'argument',
        entityId: id,
        before: auditView(current),
      });
    });
  }

  private async load(manager: EntityManager, id: string): Promise<ArgumentDto> {
    const row = await withDetails(
      this.library.with(manager).query('a').andWhere('a.id = :id', { id }),
    ).getRawOne<ArgumentRow>();
    if (!row) throw new NotFoundException(`No argument ${id}`);
    return toDto(row);
  }
}

async function requireModelDataset(manager: EntityManager, id: string): Promise<void> {
  if (!(await manager.getRepository(ModelDataset).exists({ where: { id } }))) {
    throw fieldError('modelDatasetId', FIELD_ERROR_CODES.unknownReference, 'unknown model dataset id');
  }
}

function withDetails(qb: SelectQueryBuilder<Argument>): SelectQueryBuilder<Argument> {
  return qb
    .leftJoin(ModelDataset, 'md', 'md.id = a.model_dataset_id')
    .select([
      'a.id AS id',
      'a.category AS category',
      'a.title AS title',
      'a.body AS body',
      'a.examples AS examples',
      'a.evidence AS evidence',
      'a.model_dataset_id AS model_dataset_id',
      'md.name AS model_dataset_name',
      'a.archived_at AS archived_at',
      'a.version AS version',
    ])
    .addSelect(USED_COUNT, 'used_count');
}

function toDto(row: ArgumentRow): ArgumentDto {
  return {
    id: row.id,
    category: row.category,
    title: row.title,
    body: row.body,
    examples: row.examples,
    evidence: row.evidence,
    modelDatasetId: row.model_dataset_id,
    modelDatasetName: row.model_dataset_name,
    usedCount: row.used_count,
    archivedAt: row.archived_at?.toISOString() ?? null,
    version: row.version,
  };
}

function auditView(argument: Argument) {
  return {
    category: argument.category,
    title: argument.title,
    body: argument.body,
    examples: argument.examples,
    evidence: argument.evidence,
    modelDatasetId: argument.modelDatasetId,
    archivedAt: argument.archivedAt?.toISOString() ?? null,
  };
}
