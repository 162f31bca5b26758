import {
  ContactDto,
  ContactPage,
  ContactQuery,
  ContactSort,
  CreateContactRequest,
  FIELD_ERROR_CODES,
  RELATIONSHIPS,
  SessionUser,
  UpdateContactRequest,
} from '@datenlotse/contracts';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { PAGE_SIZE } from '../../common/page-query.dto';
import { prefixTsQuery } from '../../common/query';
import { sqlList } from '../../common/sql';
import { inChunks } from '../../common/tabular-export';
import { fieldError } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import { Department } from '../departments/department.entity';
import { countOf } from '../departments/department-dto';
import { onlyVisibleDepartments, SUBTREE_OF } from '../departments/department-scope';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { Contact } from './contact.entity';
import { contactAuditView, toContactDto } from './contact-records';
import { redactAuditTrail } from './contact-redaction';
import { staleWrite } from '../../common/stale-write';

const MAX_DUPLICATES = 20;

const SORT_EXPRESSIONS: Record<ContactSort, string> = {
  name: 'c.name',
  department: 'd.name',
  lastContactAt: 'c.last_contact_at',
  relationship: `array_position(ARRAY[${sqlList(RELATIONSHIPS)}]::text[], c.relationship)`,
};

/** What identifies a possible duplicate: the same email, or the same name in the same department. */
export interface DuplicateProbe {
  email?: string | null;
  name?: string | null;
  departmentId?: string | null;
}

@Injectable()
export class ContactsService {
  private readonly contacts: ScopedRepository<Contact>;

  constructor(
    @InjectRepository(Contact) repository: Repository<Contact>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.contacts = new ScopedRepository(repository);
  }

  /** A page of contacts; department heads see only those of their departments and sub-units. */
  async list(user: SessionUser, query: ContactQuery): Promise<ContactPage> {
    const counted = await this.filtered(user, query)
      .select('count(*)::int', 'total')
      .getRawOne<{ total: number }>();
    const total = counted?.total ?? 0;
    const items = await this.rows(user, query, query.offset ?? 0, query.limit ?? PAGE_SIZE);
    return { items, total };
  }

  /** The whole view, chunk by chunk, for the export. */
  allRows(user: SessionUser, query: ContactQuery): AsyncIterable<ContactDto[]> {
    return inChunks((offset, limit) => this.rows(user, query, offset, limit));
  }

  /** One contact; outside a department head's subtree it does not exist (404). */
  async get(user: SessionUser, id: string, manager?: EntityManager): Promise<ContactDto> {
    const qb = this.withDepartment(manager).andWhere('c.id = :id', { id });
    onlyVisibleDepartments(qb, user, 'c.department_id');
    const contact = await qb.getOne();
    if (!contact) throw new NotFoundException(`No contact ${id}`);
    return toContactDto(contact);
  }

  async create(input: CreateContactRequest): Promise<ContactDto> {
    return this.dataSource.transaction((manager) => this.createInTransaction(manager, input));
  }

  /**
   * Creates a contact with the caller's transaction (the importer runs many in one); audited. Unless
   * `confirmDuplicate` is set, a possible duplicate answers 409 with `duplicates` and nothing is written.
   */
  async createInTransaction(manager: EntityManager, input: CreateContactRequest): Promise<ContactDto> {
    const fields = tidy(input);
    await this.requireDepartment(manager, input.departmentId);
    if (!input.confirmDuplicate) {
      const duplicates = await this.findDuplicates(manager, { ...fields, departmentId: input.departmentId });
      if (duplicates.length > 0) throw duplicateWarning(duplicates);
    }
    const saved = await this.contacts.with(manager).save({
      isHead: false,
      relationship: 'cold',
      title: null,
      email: null,
      phone: null,
      legalBasis: null,
      retainUntil: null,
      ...fields,
      departmentId: input.departmentId,
      lastContactAt: null,
      erasedAt: null,
    });
    await this.audit.record(manager, {
      action: 'create',
      entity: 'contact',
      entityId: saved.id,
      after: contactAuditView(saved),
    });
    return toContactDto(await this.entity(manager, saved.id));
  }

  async update(id: string, input: UpdateContactRequest): Promise<ContactDto> {
    return this.dataSource.transaction((manager) => this.updateInTransaction(manager, id, input));
  }

  /** Edits a contact with the caller's transaction: 409 when stale or erased, audited. */
  async updateInTransaction(
    manager: EntityManager,
    id: string,
    input: UpdateContactRequest,
  ): Promise<ContactDto> {
    const current = await this.entity(manager, id);
    if (current.erasedAt) {
      throw new ConflictException('The contact was erased (GDPR); an erased contact cannot be edited');
    }
    if (current.version !== input.version) throw staleWrite('contact', toContactDto(current));
    if (input.departmentId !== undefined) await this.requireDepartment(manager, input.departmentId);
    const result = await manager
      .createQueryBuilder()
      .update(Contact)
      .set({ ...tidy(input), ...(input.departmentId !== undefined && { departmentId: input.departmentId }) })
      .where('id = :id AND version = :version', { id, version: input.version })
      .execute();
    if (result.affected !== 1) throw staleWrite('contact', toContactDto(current));
    const saved = await this.entity(manager, id);
    await this.audit.record(manager, {
      action: 'update',
      entity: 'contact',
      entityId: id,
      before: contactAuditView(current),
      after: contactAuditView(saved),
    });
    return toContactDto(saved);
  }

  /**
   * Deletes a contact that nothing refers to; one that took part in interactions or has tasks must be erased
   * instead, so the history keeps the "former contact". Its personal values leave the audit log with it.
   */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.entity(manager, id);
      const references = await this.references(manager, id);
      if (references.length > 0) {
        const who = current.name ?? 'The former contact';
        throw new ConflictException(`${who} ${references.join(' and ')}; erase the contact instead`);
      }
      await redactAuditTrail(manager, id);
      await manager.getRepository(Contact).delete({ id });
      const { departmentId, isHead, relationship } = current;
      await this.audit.record(manager, {
        action: 'delete',
        entity: 'contact',
        entityId: id,
        before: { departmentId, isHead, relationship },
      });
    });
  }

  /**
   * Non-erased contacts that may be the same person: the same email, or the same name (case-insensitive) in
   * the same department. For the create warning and the importer; pass `excludeId` when checking an edit.
   */
  async findDuplicates(
    manager: EntityManager,
    probe: DuplicateProbe,
    excludeId?: string,
  ): Promise<ContactDto[]> {
    const email = probe.email?.trim().toLowerCase() || null;
    const name = probe.name?.trim() || null;
    const conditions: string[] = [];
    if (email) conditions.push('c.email = :email');
    if (name && probe.departmentId)
      conditions.push('(lower(c.name) = lower(:name) AND c.department_id = :departmentId)');
    if (conditions.length === 0) return [];
    const qb = this.withDepartment(manager)
      .andWhere('c.erased_at IS NULL')
      .andWhere(`(${conditions.join(' OR ')})`, { email, name, departmentId: probe.departmentId })
      .orderBy('c.name', 'ASC')
      .limit(MAX_DUPLICATES);
    if (excludeId) qb.andWhere('c.id <> :excludeId', { excludeId });
    return (await qb.getMany()).map(toContactDto);
  }

  /**
   * One page in two steps: the ids in order, reading only what filters and sorts (the department only when
   * sorting by it), then those contacts with their department's name.
   */
  private async rows(
    user: SessionUser,
    query: ContactQuery,
    offset: number,
    limit: number,
  ): Promise<ContactDto[]> {
    const sort = query.sort ?? 'name';
    const qb = this.filtered(user, query).select('c.id', 'id');
    if (sort === 'department') qb.innerJoin('c.department', 'd');
    qb.orderBy(SORT_EXPRESSIONS[sort], query.order === 'desc' ? 'DESC' : 'ASC', 'NULLS LAST');
    // (query builders keep one direction per expression: the name as tiebreak only when not sorted by it)
    if (sort !== 'name') qb.addOrderBy('c.name', 'ASC', 'NULLS LAST');
    qb.addOrderBy('c.id', 'ASC');
    const ids = (await qb.offset(offset).limit(limit).getRawMany<{ id: string }>()).map((r) => r.id);
    if (ids.length === 0) return [];
    const contacts = await this.withDepartment().andWhere('c.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(contacts.map((c) => [c.id, toContactDto(c)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The contacts of the view; no select yet. */
  private filtered(user: SessionUser, query: ContactQuery): SelectQueryBuilder<Contact> {
    const qb = this.contacts.query('c');
    onlyVisibleDepartments(qb, user, 'c.department_id');
    if (!query.includeErased) qb.andWhere('c.erased_at IS NULL');
    const words = query.q ? prefixTsQuery(query.q) : null;
    if (words) qb.andWhere(`c.search @@ to_tsquery('simple', :words)`, { words });
    if (query.departmentId && query.includeSubunits) {
      qb.andWhere(`c.department_id IN (${SUBTREE_OF})`, { rootId: query.departmentId });
    } else if (query.departmentId) {
      qb.andWhere('c.department_id = :departmentId', { departmentId: query.departmentId });
    }
    if (query.relationship)
      qb.andWhere('c.relationship = :relationship', { relationship: query.relationship });
    if (query.isHead !== undefined) qb.andWhere('c.is_head = :isHead', { isHead: query.isHead });
    return qb;
  }

  /** Contacts of this municipality, each with its department's name. */
  private withDepartment(manager?: EntityManager): SelectQueryBuilder<Contact> {
    const contacts = manager ? this.contacts.with(manager) : this.contacts;
    return contacts.query('c').innerJoin('c.department', 'd').addSelect(['d.id', 'd.name']);
  }

  private async entity(manager: EntityManager, id: string): Promise<Contact> {
    const contact = await this.withDepartment(manager).andWhere('c.id = :id', { id }).getOne();
    if (!contact) throw new NotFoundException(`No contact ${id}`);
    return contact;
  }

  private async requireDepartment(manager: EntityManager, departmentId: string): Promise<void> {
    const departments = new ScopedRepository(manager.getRepository(Department));
    if (!(await departments.count({ where: { id: departmentId } }))) {
      throw fieldError('departmentId', FIELD_ERROR_CODES.unknownReference, 'unknown department id');
    }
  }

  /** What refers to a contact, as words ("took part in 2 interactions"); empty when nothing does. */
  private async references(manager: EntityManager, id: string): Promise<string[]> {
    const [counts] = await manager.query<{ interactions: number; tasks: number }[]>(
      `SELECT
         (SELECT count(*)::int FROM interaction_contact WHERE contact_id = $1) AS interactions,
         (SELECT count(*)::int FROM task WHERE link_entity = 'contact' AND link_id = $1) AS tasks`,
      [id],
    );
    const parts: string[] = [];
    if (counts.interactions) parts.push(`took part in ${countOf(counts.interactions, 'interaction')}`);
    if (counts.tasks) parts.push(`is linked to ${countOf(counts.tasks, 'task')}`);
    return parts;
  }
}

/** The sent fields, tidied: text trimmed (empty becomes null), email lower-case. */
function tidy(input: Partial<CreateContactRequest>): Partial<Contact> {
  const text = (value: string | null | undefined) => value?.trim() || null;
  const fields: Partial<Contact> = {};
  if (input.name !== undefined) fields.name = input.name.trim();
  if (input.title !== undefined) fields.title = text(input.title);
  if (input.email !== undefined) fields.email = text(input.email)?.toLowerCase() ?? null;
  if (input.phone !== undefined) fields.phone = text(input.phone);
  if (input.isHead !== undefined) fields.isHead = input.isHead;
  if (input.relationship !== undefined) fields.relationship = input.relationship;
  if (input.legalBasis !== undefined) fields.legalBasis = text(input.legalBasis);
  if (input.retainUntil !== undefined) fields.retainUntil = input.retainUntil || null;
  return fields;
}

function duplicateWarning(duplicates: ContactDto[]): ConflictException {
  return new ConflictException({
    message: `Possibly a duplicate of ${duplicates.map((d) => `${d.name} (${d.departmentName})`).join(', ')}`,
    duplicates,
  });
}
