import { DatasetStage, DeliveryMethod, DueDeliveryRow, Page, SessionUser } from '@datenlotse/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { PAGE_SIZE } from '../../common/page-query.dto';
import { requestContext } from '../../common/request-context';
import { onlyVisibleDepartments } from '../departments/department-scope';
import { DeliveriesClock } from './deliveries-clock';
import { DueDeliveryQueryDto } from './deliveries.dto';
import { DeliveryAgreement } from './delivery-agreement.entity';

/** Due and overdue deliveries with what a reminder needs: whom to write to and who in the team owns it. */
export interface DueDeliveryReminderRow extends DueDeliveryRow {
  municipalityId: string;
  ownerEmail: string | null;
  overdue: boolean;
}

export interface DueDeliveryOptions {
  /** The day to judge by (YYYY-MM-DD, Europe/Berlin): a parameter, so that a job or a test sets the clock. */
  today: string;
  /** Besides the overdue ones, those due from today up to this many days ahead. */
  withinDays: number;
  /** Defaults to the signed-in user's municipality; a job outside a request passes each one. */
  municipalityId?: string;
}

/** Datasets set aside wait for nothing: their agreements are not due. */
const NOT_WAITING: readonly DatasetStage[] = ['on_hold', 'rejected', 'withdrawn'];

interface DueRaw {
  agreement_id: string;
  municipality_id: string;
  dataset_id: string;
  dataset_title: string;
  dataset_stage: DatasetStage;
  department_id: string;
  department_name: string;
  contact_id: string | null;
  contact_name: string | null;
  contact_email: string | null;
  owner_user_id: string | null;
  owner_name: string | null;
  owner_email: string | null;
  method: DeliveryMethod;
  next_due_at: string;
  days_overdue: number;
}

/**
 * Which deliveries are due: the "Lieferungen" screen, the calendar feed and (with the mail work) the reminder
 * job all read them here. Overdue means the next due date lies before today in Berlin.
 */
@Injectable()
export class DeliveryDueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: DeliveriesClock,
  ) {}

  /**
   * Everything overdue plus what falls due within `withinDays`, overdue first, then by date — for reminders.
   * A pure query: it reads the day from `today`, never from the clock.
   */
  async dueDeliveries(
    manager: EntityManager,
    options: DueDeliveryOptions,
  ): Promise<DueDeliveryReminderRow[]> {
    const municipalityId = options.municipalityId ?? requestContext.municipalityId();
    const rows = await ordered(dueQuery(manager, municipalityId, options.today))
      .andWhere('a.next_due_at <= CAST(:today AS date) + CAST(:withinDays AS int)', {
        withinDays: options.withinDays,
      })
      .getRawMany<DueRaw>();
    return rows.map((row) => ({
      ...toRow(row),
      municipalityId: row.municipality_id,
      ownerEmail: row.owner_email,
      overdue: row.days_overdue > 0,
    }));
  }

  /** The "Lieferungen" screen: a page of due deliveries the user may see. */
  async page(user: SessionUser, query: DueDeliveryQueryDto): Promise<Page<DueDeliveryRow>> {
    const today = this.clock.today();
    const qb = onlyVisibleDepartments(
      dueQuery(this.dataSource.manager, requestContext.municipalityId(), today),
      user,
      'd.department_id',
    );
    if (query.owner) {
      qb.andWhere('d.owner_user_id = :owner', { owner: query.owner === 'me' ? user.id : query.owner });
    }
    const status = query.status ?? 'all';
    if (status === 'overdue') qb.andWhere('a.next_due_at < CAST(:today AS date)');
    if (status === 'upcoming') qb.andWhere('a.next_due_at >= CAST(:today AS date)');
    const withinDays = query.withinDays ?? (status === 'upcoming' ? 30 : null);
    if (withinDays !== null && status !== 'overdue') {
      qb.andWhere('a.next_due_at <= CAST(:today AS date) + CAST(:withinDays AS int)', { withinDays });
    }
    const total = await qb.getCount();
    const rows = await ordered(qb)
      .limit(query.limit ?? PAGE_SIZE)
      .offset(query.offset ?? 0)
      .getRawMany<DueRaw>();
    return { items: rows.map(toRow), total };
  }

  /**
   * The due dates of a user's calendar feed: a department head's departments, for everyone else the datasets
   * they own. Overdue ones stay in the feed until they are delivered.
   */
  async forCalendar(
    manager: EntityManager,
    user: SessionUser,
    municipalityId: string,
  ): Promise<DueDeliveryRow[]> {
    const qb = dueQuery(manager, municipalityId, this.clock.today());
    if (user.role === 'department_head') onlyVisibleDepartments(qb, user, 'd.department_id');
    else qb.andWhere('d.owner_user_id = :userId', { userId: user.id });
    return (await ordered(qb).limit(1000).getRawMany<DueRaw>()).map(toRow);
  }
}

/** Agreements with a next due date, of datasets still waiting for data, with the names a row shows. */
function dueQuery(
  manager: EntityManager,
  municipalityId: string,
  today: string,
): SelectQueryBuilder<DeliveryAgreement> {
  return manager
    .getRepository(DeliveryAgreement)
    .createQueryBuilder('a')
    .innerJoin('dataset', 'd', 'd.id = a.dataset_id')
    .innerJoin('department', 'dep', 'dep.id = d.department_id')
    .leftJoin('contact', 'c', 'c.id = a.contact_id AND c.erased_at IS NULL')
    .leftJoin('app_user', 'u', 'u.id = d.owner_user_id')
    .select([
      'a.id AS agreement_id',
      'a.municipality_id AS municipality_id',
      'd.id AS dataset_id',
      'd.title AS dataset_title',
      'd.stage AS dataset_stage',
      'd.department_id AS department_id',
      'dep.name AS department_name',
      'c.id AS contact_id',
      'c.name AS contact_name',
      'c.email AS contact_email',
      'd.owner_user_id AS owner_user_id',
      'u.name AS owner_name',
      'u.email AS owner_email',
      'a.method AS method',
      'a.next_due_at::text AS next_due_at',
      'greatest(0, CAST(:today AS date) - a.next_due_at)::int AS days_overdue',
    ])
    .where('a.municipality_id = :municipalityId', { municipalityId, today })
    .andWhere('a.next_due_at IS NOT NULL')
    .andWhere('d.stage NOT IN (:...notWaiting)', { notWaiting: NOT_WAITING });
}

/**
 * Overdue first, then by due date: both at once by the date alone, since every overdue date lies before every
 * upcoming one (and the due index serves it); ties by title, so that pages do not shuffle.
 */
function ordered(qb: SelectQueryBuilder<DeliveryAgreement>): SelectQueryBuilder<DeliveryAgreement> {
  return qb.orderBy('a.next_due_at', 'ASC').addOrderBy('d.title', 'ASC').addOrderBy('a.id', 'ASC');
}

function toRow(row: DueRaw): DueDeliveryRow {
  return {
    agreementId: row.agreement_id,
    datasetId: row.dataset_id,
    datasetTitle: row.dataset_title,
    datasetStage: row.dataset_stage,
    departmentId: row.department_id,
    departmentName: row.department_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    ownerUserId: row.owner_user_id,
    ownerName: row.owner_name,
    method: row.method,
    nextDueAt: row.next_due_at,
    daysOverdue: row.days_overdue,
  };
}
