import { InteractionDto, NamedRef, SessionUser } from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { Department } from '../departments/department.entity';
import { onlyVisibleDepartments } from '../departments/department-scope';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { User } from '../users/user.entity';
import {
  Interaction,
  InteractionContact,
  InteractionDepartment,
  InteractionUser,
} from './interaction.entity';

interface LinkRow {
  interaction_id: string;
  id: string;
  name: string | null;
}

/**
 * Reads interactions as the API shows them, with the names of their departments, contacts and team members,
 * in four queries however many interactions are asked for (a timeline page loads its details at once).
 */
@Injectable()
export class InteractionReader {
  private readonly interactions: ScopedRepository<Interaction>;

  constructor(
    @InjectRepository(Interaction) repository: Repository<Interaction>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.interactions = new ScopedRepository(repository);
  }

  /**
   * The interactions with these ids, in the order of the ids. With a department head as `viewer`, the
   * departments and contacts outside their subtree are left out of the lists.
   */
  async load(ids: string[], viewer?: SessionUser, manager?: EntityManager): Promise<InteractionDto[]> {
    if (ids.length === 0) return [];
    const db = manager ?? this.dataSource.manager;
    const interactions = manager ? this.interactions.with(manager) : this.interactions;
    const [rows, departments, contacts, users] = await Promise.all([
      interactions.query('i').andWhere('i.id IN (:...ids)', { ids }).getMany(),
      this.departmentRefs(db, ids, viewer),
      this.contactRefs(db, ids, viewer),
      this.userRefs(db, ids),
    ]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id: row.id,
          type: row.type,
          occurredAt: row.occurredAt.toISOString(),
          summary: row.summary,
          departments: departments.get(id) ?? [],
          contacts: contacts.get(id) ?? [],
          users: users.get(id) ?? [],
          createdByUserId: row.createdByUserId,
          version: row.version,
        },
      ];
    });
  }

  private departmentRefs(db: EntityManager, ids: string[], viewer?: SessionUser) {
    const qb = db
      .createQueryBuilder(InteractionDepartment, 'x')
      .innerJoin(Department, 'd', 'd.id = x.department_id')
      .select(['x.interaction_id AS interaction_id', 'd.id AS id', 'd.name AS name'])
      .where('x.interaction_id IN (:...ids)', { ids })
      .orderBy('d.name', 'ASC');
    if (viewer) onlyVisibleDepartments(qb, viewer, 'd.id');
    return groupRefs(qb);
  }

  private contactRefs(db: EntityManager, ids: string[], viewer?: SessionUser) {
    const qb = db
      .createQueryBuilder(InteractionContact, 'x')
      .innerJoin(Contact, 'c', 'c.id = x.contact_id')
      .select(['x.interaction_id AS interaction_id', 'c.id AS id', 'c.name AS name'])
      .where('x.interaction_id IN (:...ids)', { ids })
      .orderBy('c.name', 'ASC', 'NULLS LAST');
    if (viewer) onlyVisibleDepartments(qb, viewer, 'c.department_id');
    return groupRefs(qb);
  }

  private userRefs(db: EntityManager, ids: string[]) {
    const qb = db
      .createQueryBuilder(InteractionUser, 'x')
      .innerJoin(User, 'u', 'u.id = x.user_id')
      .select(['x.interaction_id AS interaction_id', 'u.id AS id', 'u.name AS name'])
      .where('x.interaction_id IN (:...ids)', { ids })
      .orderBy('u.name', 'ASC');
    return groupRefs(qb);
  }
}

/** Named references per interaction id, in the order of the query. */
async function groupRefs<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
): Promise<Map<string, NamedRef[]>> {
  const rows = await qb.getRawMany<LinkRow>();
  const refs = new Map<string, NamedRef[]>();
  for (const row of rows) {
    const list = refs.get(row.interaction_id) ?? [];
    list.push({ id: row.id, name: row.name });
    refs.set(row.interaction_id, list);
  }
  return refs;
}
