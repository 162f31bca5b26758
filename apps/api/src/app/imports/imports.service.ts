import {
  IMPORT_FILE_ERROR_CODES,
  ImportDto,
  ImportFileErrorCode,
  ImportKind,
  ImportMapping,
  ImportReport,
  ImportStatus,
} from '@datenlotse/contracts';
import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
  OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { requestContext } from '../../common/request-context';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { User } from '../users/user.entity';
import { ContactImportPlanner, KnownContact } from './contact-plan';
import { DepartmentImportPlanner } from './department-plan';
import { ImportBatch } from './import.entity';
import { ImportFileError, readImportFile } from './import-file';
import { checkMapping, suggestMapping } from './import-mapping';
import { cellReader, KnownDepartment, PlannedRow, toReport } from './import-plan';
import { ImportUndo } from './import-undo';
import { nameKey, normaliseEmail } from './import-values';
import { WriteContext } from './import-sql';
import { ImportWriter } from './import-writer';

/** Rows per transaction of a run: big enough to be fast, small enough to show progress and let others in. */
const BATCH_ROWS = 500;
const LIST_LIMIT = 50;
const SAMPLE_ROWS = 5;

/** What the upload handler receives from multer. */
export interface UploadedImportFile {
  originalname: string;
  buffer: Buffer;
}

/**
 * Imports departments and contacts from CSV/XLSX: upload (parse and keep the rows), dry run (a report per row,
 * nothing written), run (in the background, one transaction per batch) and undo (one transaction).
 */
@Injectable()
export class ImportsService implements OnModuleDestroy {
  private readonly logger = new Logger('Import');
  private readonly batches: ScopedRepository<ImportBatch>;
  private readonly departments: ScopedRepository<Department>;
  private readonly contacts: ScopedRepository<Contact>;
  private readonly users: ScopedRepository<User>;
  /** Runs in progress, so that shutting down waits for their current batch instead of breaking it. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    @InjectRepository(ImportBatch) batches: Repository<ImportBatch>,
    @InjectRepository(Department) departments: Repository<Department>,
    @InjectRepository(Contact) contacts: Repository<Contact>,
    @InjectRepository(User) users: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.batches = new ScopedRepository(batches);
    this.departments = new ScopedRepository(departments);
    this.contacts = new ScopedRepository(contacts);
    this.users = new ScopedRepository(users);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  async upload(kind: ImportKind, file: UploadedImportFile | undefined): Promise<ImportDto> {
    if (!file) throw fileError(IMPORT_FILE_ERROR_CODES.missing, 'Send the file in the form field "file"');
    let table;
    try {
      table = await readImportFile(file.buffer);
    } catch (error) {
      if (error instanceof ImportFileError) throw fileError(error.code, error.message);
      throw error;
    }
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(ImportBatch)
      .values({
        municipalityId: requestContext.municipalityId(),
        kind,
        fileName: file.originalname,
        status: 'uploaded',
        columns: table.columns,
        rows: table.rows,
        rowCount: table.rows.length,
        mapping: null,
        createdByUserId: requestContext.actor()?.id ?? null,
      })
      .execute();
    return this.get(String(inserted.identifiers[0]['id']));
  }

  /** The most recent imports, newest first. */
  async list(): Promise<ImportDto[]> {
    const { entities, raw } = await this.withSample(this.batches.query('b'))
      .orderBy('b.created_at', 'DESC')
      .limit(LIST_LIMIT)
      .getRawAndEntities<{ sample: Record<string, string>[] }>();
    return entities.map((batch, i) => toDto(batch, raw[i]?.sample ?? []));
  }

  /** One import with its progress; the sample only while it waits for its mapping. */
  async get(id: string): Promise<ImportDto> {
    const { entities, raw } = await this.withSample(
      this.batches.query('b').andWhere('b.id = :id', { id }),
    ).getRawAndEntities<{ sample: Record<string, string>[] }>();
    if (!entities[0]) throw new NotFoundException(`No import ${id}`);
    return toDto(entities[0], raw[0]?.sample ?? []);
  }

  /** What a run with this mapping would do, row by row; writes nothing. */
  async dryRun(id: string, mapping: ImportMapping): Promise<ImportReport> {
    const { batch, rows } = await this.loadUploaded(id);
    return toReport(id, await this.plan(batch.kind, checkMapping(batch.kind, mapping, batch.columns), rows));
  }

  /**
   * Checks every row, then imports in the background; answers at once with the import, whose progress
   * GET /imports/:id shows. A single rejected row stops it before anything is written.
   */
  async run(id: string, mapping: ImportMapping): Promise<ImportDto> {
    const { batch, rows } = await this.loadUploaded(id);
    const checked = checkMapping(batch.kind, mapping, batch.columns);
    const plan = await this.plan(batch.kind, checked, rows);
    const rejected = plan.filter((row) => row.action === 'reject').length;
    if (rejected > 0) {
      throw new BadRequestException({
        message: `${rejected} of ${plan.length} rows would be rejected; nothing was imported`,
        report: toReport(id, plan),
      });
    }
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(ImportBatch)
      .set({ status: 'running', mapping: checked })
      .where('id = :id AND municipality_id = :municipalityId AND status = :uploaded', {
        id,
        municipalityId: requestContext.municipalityId(),
        uploaded: 'uploaded',
      })
      .execute();
    if (claimed.affected !== 1) throw new ConflictException({ message: 'The import has already been run' });
    const context: WriteContext = {
      municipalityId: requestContext.municipalityId(),
      actorUserId: requestContext.actor()?.id ?? null,
      importId: id,
    };
    const job = this.process(plan, context).finally(() => this.running.delete(job));
    this.running.add(job);
    return this.get(id);
  }

  /** Takes the whole import back in one transaction: created records go, changed fields are put back. */
  async undo(id: string): Promise<ImportDto> {
    await this.dataSource.transaction(async (manager) => {
      const batch = await this.batches
        .with(manager)
        .query('b')
        .andWhere('b.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!batch) throw new NotFoundException(`No import ${id}`);
      const refusal = interrupted(batch) ? undefined : UNDO_REFUSALS[batch.status];
      if (refusal) throw new ConflictException({ message: `The import cannot be undone: ${refusal}` });
      await new ImportUndo(manager, {
        municipalityId: batch.municipalityId,
        actorUserId: requestContext.actor()?.id ?? null,
        importId: id,
      }).run();
      await manager.update(ImportBatch, { id }, { status: 'undone', undoneAt: new Date(), rows: [] });
    });
    return this.get(id);
  }

  /** Writes the planned rows batch by batch, each batch in one transaction with the progress it makes. */
  private async process(plan: PlannedRow[], context: WriteContext): Promise<void> {
    let created = 0;
    let updated = 0;
    try {
      for (let start = 0; start < plan.length; start += BATCH_ROWS) {
        const rows = plan.slice(start, start + BATCH_ROWS);
        const writes = rows.flatMap((row) => (row.write ? [row.write] : []));
        await this.dataSource.transaction(async (manager) => {
          const counts = await new ImportWriter(manager, context).write(writes);
          await progress(manager, context.importId, {
            processedRows: start + rows.length,
            created: created + counts.created,
            updated: updated + counts.updated,
          });
          created += counts.created;
          updated += counts.updated;
        });
        // Let the requests that queued up for the connection in the meantime go first.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await progress(this.dataSource.manager, context.importId, {
        status: 'completed',
        finishedAt: new Date(),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Import ${context.importId} failed: ${message}`);
      await progress(this.dataSource.manager, context.importId, {
        status: 'failed',
        error: message,
        finishedAt: new Date(),
      }).catch((e: unknown) =>
        this.logger.error(`Could not mark import ${context.importId} failed: ${String(e)}`),
      );
    }
  }

  private async loadUploaded(id: string): Promise<{ batch: ImportBatch; rows: Record<string, string>[] }> {
    const { entities, raw } = await this.batches
      .query('b')
      .addSelect('b."rows"', 'file_rows')
      .andWhere('b.id = :id', { id })
      .getRawAndEntities<{ file_rows: Record<string, string>[] }>();
    const batch = entities[0];
    if (!batch) throw new NotFoundException(`No import ${id}`);
    if (batch.status !== 'uploaded') {
      throw new ConflictException({ message: `The import has already been run (status ${batch.status})` });
    }
    return { batch, rows: raw[0]?.file_rows ?? [] };
  }

  private async plan(
    kind: ImportKind,
    mapping: ImportMapping,
    rows: Record<string, string>[],
  ): Promise<PlannedRow[]> {
    const departments = await this.knownDepartments();
    if (kind === 'departments') {
      return new DepartmentImportPlanner(
        { departments, teamByEmail: await this.teamByEmail() },
        mapping,
      ).plan(rows);
    }
    const contacts = await this.knownContacts(rows.map((row) => cellReader(row, mapping)));
    return new ContactImportPlanner({ departments, contacts }, mapping).plan(rows);
  }

  private async knownDepartments(): Promise<KnownDepartment[]> {
    return this.departments.find({
      select: [
        'id',
        'name',
        'shortName',
        'kind',
        'parentId',
        'website',
        'notes',
        'tags',
        'ownerUserId',
        'archivedAt',
        'version',
      ],
    });
  }

  private async teamByEmail(): Promise<Map<string, string>> {
    const team = await this.users.find({
      where: { active: true, role: In(['team', 'admin']) },
      select: ['id', 'email'],
    });
    return new Map(team.map((u) => [u.email, u.id]));
  }

  /** The contacts the rows may mean: those with one of their emails or one of their names. */
  private async knownContacts(cells: Array<(field: string) => string>): Promise<KnownContact[]> {
    const emails = [...new Set(cells.map((cell) => normaliseEmail(cell('email'))).filter(Boolean))];
    const names = [...new Set(cells.map((cell) => nameKey(cell('name'))).filter(Boolean))];
    return this.contacts
      .query('c')
      .select([
        'c.id',
        'c.departmentId',
        'c.name',
        'c.title',
        'c.email',
        'c.phone',
        'c.isHead',
        'c.relationship',
      ])
      .addSelect(['c.legalBasis', 'c.version'])
      .andWhere('c.erased_at IS NULL')
      .andWhere(
        `(c.email IN (SELECT unnest(CAST(:emails AS text[])))
          OR lower(regexp_replace(btrim(c.name), '\\s+', ' ', 'g')) IN (SELECT unnest(CAST(:names AS text[]))))`,
        { emails, names },
      )
      .orderBy('c.created_at', 'ASC')
      .getMany() as Promise<KnownContact[]>;
  }

  private withSample(qb: SelectQueryBuilder<ImportBatch>): SelectQueryBuilder<ImportBatch> {
    // The rows are only read for the sample while the import waits for its mapping; later it is not shown.
    return qb.addSelect(
      `CASE WHEN b.status = 'uploaded' THEN jsonb_path_query_array(b.rows, '$[0 to ${SAMPLE_ROWS - 1}]') ELSE '[]'::jsonb END`,
      'sample',
    );
  }
}

/** A run whose progress has not moved for this long was cut off (the server stopped); it can be undone. */
const INTERRUPTED_AFTER_MS = 10 * 60 * 1000;

function interrupted(batch: ImportBatch): boolean {
  return batch.status === 'running' && Date.now() - batch.updatedAt.getTime() > INTERRUPTED_AFTER_MS;
}

const UNDO_REFUSALS: Partial<Record<ImportStatus, string>> = {
  uploaded: 'it has not been run',
  running: 'it is still running',
  undone: 'it has already been undone',
};

async function progress(manager: EntityManager, id: string, changes: Partial<ImportBatch>): Promise<void> {
  await manager.update(ImportBatch, { id }, changes);
}

function fileError(code: ImportFileErrorCode, message: string): BadRequestException {
  return new BadRequestException({ message, fields: { file: [message] }, codes: { file: [code] } });
}

function toDto(b: ImportBatch, sample: Record<string, string>[]): ImportDto {
  return {
    id: b.id,
    kind: b.kind,
    fileName: b.fileName,
    status: b.status,
    columns: b.columns,
    sample,
    rowCount: b.rowCount,
    suggestedMapping: suggestMapping(b.kind, b.columns),
    mapping: b.mapping,
    processedRows: b.processedRows,
    created: b.created,
    updated: b.updated,
    error: b.error,
    createdAt: b.createdAt.toISOString(),
    finishedAt: b.finishedAt?.toISOString() ?? null,
    undoneAt: b.undoneAt?.toISOString() ?? null,
  };
}
