import {
  DATASET_REASON_REQUIRED,
  DATASET_TRANSITIONS,
  DatasetStage,
  DatasetTransitionVia,
  dcatCompleteness,
  licenseNeedsAttribution,
  UNRESOLVED_OBJECTION_STATUSES,
} from '@datenlotse/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { sqlList } from '../../common/sql';
import { AuditEvent } from '../../app/audit/audit-event.entity';
import { diff } from '../../app/audit/audit.service';
import { Contact } from '../../app/contacts/contact.entity';
import { Dataset } from '../../app/datasets/dataset.entity';
import { DatasetTransition } from '../../app/datasets/dataset-transition.entity';
import { DeliveryAgreement } from '../../app/deliveries/delivery-agreement.entity';
import { Delivery } from '../../app/deliveries/delivery.entity';
import { Department } from '../../app/departments/department.entity';
import { Municipality } from '../../app/municipalities/municipality.entity';
import { Objection, ObjectionArgument, ObjectionComment } from '../../app/objections/objection.entity';
import { User } from '../../app/users/user.entity';
import { DEMO_DOMAIN } from './demo-crm-data';
import {
  DEMO_DATASETS,
  DEMO_OBJECTIONS,
  DEMO_PORTAL,
  SeedAgreement,
  SeedDataset,
  SeedObjection,
} from './demo-pipeline-data';
import { dueDates, isoDay, SeedCalendar, slugOf } from './demo-pipeline-calendar';

type Actor = 'team' | 'admin' | 'amtsleitung';

interface SeededDataset {
  id: string;
  seed: SeedDataset;
  department: Department;
}

/**
 * The demo city's pipeline: datasets in every stage with their history, objections answered from the argument
 * library, delivery agreements (one overdue) and deliveries, dated relative to the seed date. Model datasets
 * and arguments are looked up, not required: a link is left out when the catalogue or library lacks it.
 * Runs inside the seed transaction, after the demo CRM.
 */
export async function seedDemoPipeline(
  manager: EntityManager,
  municipalityId: string,
  now: Date,
): Promise<void> {
  const seed = new DemoPipelineSeed(manager, municipalityId, new SeedCalendar(now));
  await seed.load();
  for (const dataset of DEMO_DATASETS) await seed.dataset(dataset);
  for (const objection of DEMO_OBJECTIONS) await seed.objection(objection);
  await seed.counters();
}

class DemoPipelineSeed {
  private departments: Department[] = [];
  private readonly contacts = new Map<string, Contact>();
  private readonly users = new Map<Actor, string>();
  private readonly modelDatasets = new Map<string, string>();
  private readonly argumentsBySeedKey = new Map<string, string>();
  private readonly argumentsByCategory = new Map<string, string>();
  private readonly datasets = new Map<string, SeededDataset>();
  private municipalityName = '';

  constructor(
    private readonly manager: EntityManager,
    private readonly municipalityId: string,
    private readonly calendar: SeedCalendar,
  ) {}

  async load(): Promise<void> {
    const scope = { municipalityId: this.municipalityId };
    this.municipalityName = (
      await this.manager.getRepository(Municipality).findOneByOrFail({ id: this.municipalityId })
    ).name;
    this.departments = await this.manager.getRepository(Department).findBy(scope);
    for (const contact of await this.manager.getRepository(Contact).findBy(scope)) {
      if (contact.name) this.contacts.set(contact.name, contact);
    }
    for (const actor of ['team', 'admin', 'amtsleitung'] as const) {
      const user = await this.manager
        .getRepository(User)
        .findOneBy({ ...scope, email: `${actor}@${DEMO_DOMAIN}` });
      if (user) this.users.set(actor, user.id);
    }
    // The catalogue is reference data loaded at every start; by name, or by label for a catalogue that
    // names its entries without the Thema.
    const rows: Array<{ id: string; name: string; label: string }> = await this.manager.query(
      'SELECT id, name, label FROM model_dataset',
    );
    for (const row of rows) {
      this.modelDatasets.set(row.label, row.id);
      this.modelDatasets.set(row.name, row.id);
    }
    const library: Array<{ id: string; seed_key: string | null; category: string }> =
      await this.manager.query(
        `SELECT id, seed_key, category FROM argument
       WHERE municipality_id = $1 AND archived_at IS NULL ORDER BY seed_key NULLS LAST, created_at, id`,
        [this.municipalityId],
      );
    for (const argument of library) {
      if (argument.seed_key) this.argumentsBySeedKey.set(argument.seed_key, argument.id);
      if (!this.argumentsByCategory.has(argument.category)) {
        this.argumentsByCategory.set(argument.category, argument.id);
      }
    }
  }

  async dataset(seed: SeedDataset): Promise<void> {
    checkHistory(seed);
    const department = this.unit(seed.unit);
    const id = randomUUID();
    const steps = seed.history.map(([to, daysAgo, reason], i) => ({
      to,
      reason: reason ?? null,
      // Later steps of one day later in the day, so that the history keeps its order.
      at: this.calendar.at(daysAgo, 8 + i),
    }));
    const last = steps[steps.length - 1];
    const stepAt = (stage: DatasetStage) => steps.find((s) => s.to === stage)?.at ?? null;
    const publishedAt = stepAt('published');
    const portalId = publishedAt ? slugOf(seed.title) : null;
    const portalUrl = portalId ? `${DEMO_PORTAL}/${portalId}` : null;
    const owner = seed.owner ? this.user(seed.owner) : null;
    const contactPoint = seed.contactPoint ? this.contact(seed.contactPoint) : null;
    const modelDatasetId = seed.modelDataset ? this.modelDataset(seed.modelDataset) : null;
    const attributionText =
      seed.attribution && seed.license && licenseNeedsAttribution(seed.license)
        ? `${this.municipalityName}, ${department.name}`
        : null;
    const fields = {
      title: seed.title,
      description: seed.description ?? null,
      license: seed.license ?? null,
      attributionText,
      keywords: seed.keywords ?? [],
      themes: seed.themes ?? [],
      contactPointName: contactPoint?.name ?? null,
      contactPointEmail: contactPoint?.email ?? null,
      accrualPeriodicity: seed.periodicity ?? null,
      temporalStart: seed.temporalYears ? `${this.calendar.year - seed.temporalYears}-01-01` : null,
      landingPage: portalUrl,
      modelDatasetId,
    };
    const score = dcatCompleteness({ ...fields, publisher: department.name, spatial: 'municipality' }).score;
    await this.manager.getRepository(Dataset).insert({
      ...fields,
      id,
      municipalityId: this.municipalityId,
      departmentId: department.id,
      ownerUserId: owner,
      sourceSystem: seed.sourceSystem ?? null,
      formats: seed.formats ?? [],
      containsPersonalData: seed.personalData ?? false,
      classification: seed.classification ?? 'public',
      stage: last.to,
      stageChangedAt: last.at,
      plannedPublicationDate: this.plannedPublication(last.to, publishedAt),
      portalUrl,
      portalId,
      publishedAt,
      approvalGranted: stepAt('approved') !== null,
      completenessScore: score,
      createdByUserId: owner ?? this.user('team'),
      createdAt: steps[0].at,
      updatedAt: last.at,
    });
    await this.manager.getRepository(DatasetTransition).insert(
      steps.map((step, i) => ({
        municipalityId: this.municipalityId,
        datasetId: id,
        fromStage: i === 0 ? null : steps[i - 1].to,
        toStage: step.to,
        reason: step.reason,
        ...this.mover(i === 0 ? null : steps[i - 1].to, step.to, owner),
        at: step.at,
        createdAt: step.at,
        updatedAt: step.at,
      })),
    );
    // The timelines of the dataset and its unit tell the same story as the stage history.
    const audit = this.manager.getRepository(AuditEvent);
    await audit.save(
      steps.map((step, i) => {
        const from = i === 0 ? null : steps[i - 1].to;
        return audit.create({
          municipalityId: this.municipalityId,
          actorUserId: this.mover(from, step.to, owner).actorUserId,
          action: i === 0 ? ('create' as const) : ('transition' as const),
          entity: 'dataset',
          entityId: id,
          diff:
            i === 0
              ? diff(null, { title: seed.title, stage: step.to })
              : diff({ stage: from }, { stage: step.to, ...(step.reason && { reason: step.reason }) }),
          at: step.at,
        });
      }),
    );
    this.datasets.set(seed.title, { id, seed, department });
    if (seed.agreement) await this.agreement(id, seed, seed.agreement, owner);
  }

  /** The agreement, one delivery for each due date up to today, and the next due date on the dataset. */
  private async agreement(
    datasetId: string,
    seed: SeedDataset,
    agreement: SeedAgreement,
    owner: string | null,
  ): Promise<void> {
    const delivered = seed.history.find(([stage]) => stage === 'delivered');
    const startInDays = agreement.startInDays ?? (delivered ? -delivered[1] : undefined);
    if (startInDays === undefined) throw new Error(`Demo agreement of ${seed.title} needs a start date`);
    const start = this.calendar.day(startInDays);
    const { past, next } = dueDates(agreement, start, this.calendar.today);
    // The overdue agreement's newest due date is still waiting for its delivery.
    const received = agreement.overdue ? past.slice(0, -1) : past;
    const nextDueAt = agreement.overdue ? (past[past.length - 1] ?? null) : next;
    await this.manager.getRepository(DeliveryAgreement).insert({
      municipalityId: this.municipalityId,
      datasetId,
      contactId: this.contact(agreement.contact).id,
      method: agreement.method,
      format: agreement.format,
      scheduleKind: agreement.kind,
      startDate: start,
      rrule: agreement.rrule ?? null,
      nextDueAt,
      note: agreement.note ?? null,
    });
    const stage = seed.history[seed.history.length - 1][0];
    const pendingCheck = stage === 'delivered' || stage === 'in_review';
    const slug = slugOf(seed.title);
    const format = (agreement.format.split(',')[0] ?? 'csv').trim().toLowerCase();
    const rows = [
      ...received.map((due, i) => ({
        due,
        receivedAt: this.calendar.atDay(due, 10),
        qualityCheck: pendingCheck && i === received.length - 1 ? null : ('passed' as const),
        qualityNote: null,
      })),
      ...(seed.extraDeliveries ?? []).map((extra) => ({
        due: this.calendar.day(-extra.dueDaysAgo),
        receivedAt: this.calendar.at(extra.daysAgo, 10),
        qualityCheck: extra.qualityCheck,
        qualityNote: extra.qualityNote ?? null,
      })),
    ];
    await this.manager.getRepository(Delivery).insert(
      rows.map((row) => ({
        municipalityId: this.municipalityId,
        datasetId,
        receivedAt: row.receivedAt,
        dueAt: row.due,
        fileName: `${slug}-${row.due}.${format}`,
        url: null,
        checksum: `sha256:${createHash('sha256').update(`${slug}:${row.due}`).digest('hex')}`,
        note: null,
        qualityCheck: row.qualityCheck,
        qualityNote: row.qualityNote,
        recordedByUserId: owner ?? this.user('team'),
        createdAt: row.receivedAt,
        updatedAt: row.receivedAt,
      })),
    );
    const passed = rows.filter((r) => r.qualityCheck === 'passed').map((r) => r.receivedAt.getTime());
    const published = stage === 'published' || stage === 'maintained';
    await this.manager.getRepository(Dataset).update(
      { id: datasetId },
      {
        nextDueAt,
        lastUpdatedAt: published && passed.length > 0 ? new Date(Math.max(...passed)) : null,
      },
    );
  }

  async objection(seed: SeedObjection): Promise<void> {
    const dataset = seed.dataset ? this.datasets.get(seed.dataset) : undefined;
    if (seed.dataset && !dataset) throw new Error(`Demo objection names an unknown dataset: ${seed.dataset}`);
    const departmentId = dataset?.department.id ?? this.unit(seed.unit ?? '').id;
    const lastChange = seed.resolution?.daysAgo ?? seed.response?.daysAgo ?? seed.raisedDaysAgo;
    const id = randomUUID();
    await this.manager.getRepository(Objection).insert({
      id,
      municipalityId: this.municipalityId,
      datasetId: dataset?.id ?? null,
      departmentId,
      raisedByContactId: this.contact(seed.raisedBy).id,
      category: seed.category,
      statement: seed.statement,
      response: seed.response?.text ?? null,
      status: seed.status,
      resolutionNote: seed.resolution?.note ?? null,
      resolvedAt: seed.resolution ? this.calendar.at(seed.resolution.daysAgo, 9) : null,
      createdByUserId: this.user('team'),
      createdAt: this.calendar.at(seed.raisedDaysAgo, 11),
      updatedAt: this.calendar.at(lastChange, lastChange === seed.raisedDaysAgo ? 11 : 9),
    });
    if (seed.response) {
      const argumentId = seed.response.argumentSeedKey
        ? this.argumentsBySeedKey.get(seed.response.argumentSeedKey)
        : this.argumentsByCategory.get(seed.category);
      if (argumentId)
        await this.manager.getRepository(ObjectionArgument).insert({ objectionId: id, argumentId });
    }
    for (const comment of seed.comments ?? []) {
      const at = this.calendar.at(comment.daysAgo, 14);
      await this.manager.getRepository(ObjectionComment).insert({
        municipalityId: this.municipalityId,
        objectionId: id,
        authorUserId: this.users.get(comment.author) ?? null,
        body: comment.body,
        createdAt: at,
        updatedAt: at,
      });
    }
  }

  /** The guards' counters, counted from the objections as the objections service keeps them. */
  async counters(): Promise<void> {
    await this.manager.query(
      `UPDATE dataset d SET unresolved_objections = x.unresolved, upheld_objections = x.upheld
       FROM (SELECT dataset_id,
               count(*) FILTER (WHERE status IN (${sqlList(UNRESOLVED_OBJECTION_STATUSES)})) AS unresolved,
               count(*) FILTER (WHERE status = 'upheld') AS upheld
             FROM objection WHERE dataset_id IS NOT NULL GROUP BY dataset_id) x
       WHERE d.id = x.dataset_id AND d.municipality_id = $1`,
      [this.municipalityId],
    );
  }

  /** Who made a move and through what: deliveries and approval decisions, else a team member in the app. */
  private mover(
    from: DatasetStage | null,
    to: DatasetStage,
    owner: string | null,
  ): { via: DatasetTransitionVia; actorUserId: string | null } {
    if (to === 'approved' || to === 'changes_requested') return { via: 'approval', actorUserId: null };
    const checked = from === 'in_review' && to === 'delivery_scheduled';
    if (to === 'delivered' || checked) return { via: 'delivery', actorUserId: owner ?? this.user('team') };
    return { via: 'app', actorUserId: owner ?? this.user('team') };
  }

  /** #openwednesday: approved datasets are planned for the next Wednesday, published ones were planned. */
  private plannedPublication(stage: DatasetStage, publishedAt: Date | null): string | null {
    if (publishedAt) return isoDay(publishedAt);
    if (stage === 'approved') return this.calendar.nextWednesday(2);
    if (stage === 'awaiting_approval') return this.calendar.nextWednesday(9);
    return null;
  }

  private unit(ref: string): Department {
    const unit =
      this.departments.find((d) => d.shortName === ref) ?? this.departments.find((d) => d.name === ref);
    if (!unit) throw new Error(`Demo data names an unknown unit: ${ref}`);
    return unit;
  }

  private contact(name: string): Contact {
    const contact = this.contacts.get(name);
    if (!contact) throw new Error(`Demo data names an unknown contact: ${name}`);
    return contact;
  }

  private user(actor: Actor): string {
    const id = this.users.get(actor);
    if (!id) throw new Error(`No demo user ${actor}`);
    return id;
  }

  private modelDataset(name: string): string | null {
    const label = name.split(' - ').slice(1).join(' - ');
    return this.modelDatasets.get(name) ?? this.modelDatasets.get(label) ?? null;
  }
}

/** The history must be a legal path from `identified`, with a reason where the pipeline asks for one. */
function checkHistory(seed: SeedDataset): void {
  const [first, ...rest] = seed.history;
  if (first?.[0] !== 'identified') throw new Error(`Demo history of ${seed.title} must start in identified`);
  let from: DatasetStage = first[0];
  let daysAgo = first[1];
  for (const [to, days, reason] of rest) {
    if (!DATASET_TRANSITIONS[from].includes(to)) {
      throw new Error(`Demo history of ${seed.title}: ${from} → ${to} is not a legal move`);
    }
    if (DATASET_REASON_REQUIRED.includes(to) && !reason) {
      throw new Error(`Demo history of ${seed.title}: ${to} needs a reason`);
    }
    if (days > daysAgo || days < 1) throw new Error(`Demo history of ${seed.title}: dates out of order`);
    from = to;
    daysAgo = days;
  }
}
