import { EntityManager } from 'typeorm';
import { Contact } from '../../app/contacts/contact.entity';
import { Department } from '../../app/departments/department.entity';
import {
  Interaction,
  InteractionContact,
  InteractionDepartment,
  InteractionUser,
} from '../../app/interactions/interaction.entity';
import { Task } from '../../app/tasks/task.entity';
import { User } from '../../app/users/user.entity';
import {
  DEMO_CONTACTS,
  DEMO_DOMAIN,
  DEMO_INTERACTIONS,
  DEMO_OWNERSHIP,
  DEMO_TASKS,
  SeedContact,
} from './demo-crm-data';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The demo city's CRM: contacts in its Ämter, four months of interactions before the seed date (so the demo
 * always looks current), open tasks for the team, owners and tags, and the derived fields (last contact,
 * stage) consistent with them. Runs inside the seed transaction.
 */
export async function seedDemoCrm(manager: EntityManager, municipalityId: string, now: Date): Promise<void> {
  const seed = new DemoCrmSeed(manager, municipalityId, now);
  await seed.load();
  await seed.ownership();
  await seed.contacts();
  await seed.interactions();
  await seed.tasks();
  await seed.derivedFields();
}

class DemoCrmSeed {
  private departments: Department[] = [];
  private readonly users = new Map<'team' | 'admin', string>();
  private readonly contactIds = new Map<string, Contact>();
  private readonly today: number;

  constructor(
    private readonly manager: EntityManager,
    private readonly municipalityId: string,
    now: Date,
  ) {
    this.today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  }

  async load(): Promise<void> {
    this.departments = await this.manager
      .getRepository(Department)
      .findBy({ municipalityId: this.municipalityId });
    for (const role of ['team', 'admin'] as const) {
      const user = await this.manager
        .getRepository(User)
        .findOneByOrFail({ municipalityId: this.municipalityId, email: `${role}@${DEMO_DOMAIN}` });
      this.users.set(role, user.id);
    }
  }

  async ownership(): Promise<void> {
    for (const { unit, owner, tags } of DEMO_OWNERSHIP) {
      await this.manager
        .getRepository(Department)
        .update({ id: this.unit(unit).id }, { tags, ownerUserId: owner ? this.user(owner) : null });
    }
  }

  async contacts(): Promise<void> {
    const repository = this.manager.getRepository(Contact);
    const saved = await repository.save(
      DEMO_CONTACTS.map((c) =>
        repository.create({
          municipalityId: this.municipalityId,
          departmentId: this.unit(c.unit).id,
          name: c.name,
          title: c.title,
          email: c.email ?? demoEmail(c),
          phone: phoneOf(c),
          isHead: c.isHead ?? false,
          relationship: c.relationship,
          legalBasis: 'Dienstliche Kontaktdaten, Art. 6 Abs. 1 lit. e DSGVO',
          lastContactAt: null,
          retainUntil: null,
          erasedAt: null,
        }),
      ),
    );
    for (const contact of saved) this.contactIds.set(contact.name ?? '', contact);
  }

  async interactions(): Promise<void> {
    const repository = this.manager.getRepository(Interaction);
    for (const seed of DEMO_INTERACTIONS) {
      const occurredAt = new Date(this.today - seed.daysAgo * DAY_MS + seed.hour * 60 * 60 * 1000);
      const interaction = await repository.save(
        repository.create({
          municipalityId: this.municipalityId,
          type: seed.type,
          occurredAt,
          summary: seed.summary,
          createdByUserId: this.user(seed.users[0]),
        }),
      );
      const interactionId = interaction.id;
      await this.manager
        .getRepository(InteractionDepartment)
        .insert(seed.units.map((u) => ({ interactionId, departmentId: this.unit(u).id, occurredAt })));
      await this.manager
        .getRepository(InteractionContact)
        .insert(
          seed.contacts.map((name) => ({ interactionId, contactId: this.contact(name).id, occurredAt })),
        );
      await this.manager
        .getRepository(InteractionUser)
        .insert(seed.users.map((u) => ({ interactionId, userId: this.user(u) })));
    }
  }

  async tasks(): Promise<void> {
    const repository = this.manager.getRepository(Task);
    await repository.save(
      DEMO_TASKS.map((task) => {
        const contact = 'contact' in task.link ? this.contact(task.link.contact) : null;
        const department = 'unit' in task.link ? this.unit(task.link.unit) : null;
        return repository.create({
          municipalityId: this.municipalityId,
          title: task.title,
          notes: null,
          dueAt: new Date(this.today + task.dueInDays * DAY_MS).toISOString().slice(0, 10),
          assigneeUserId: this.user(task.assignee),
          status: task.doneDaysAgo === undefined ? 'open' : 'done',
          linkEntity: contact ? 'contact' : 'department',
          linkId: contact?.id ?? department?.id ?? null,
          departmentId: contact?.departmentId ?? department?.id ?? null,
          completedAt:
            task.doneDaysAgo === undefined
              ? null
              : new Date(this.today - task.doneDaysAgo * DAY_MS + 15 * 3600_000),
          createdByUserId: this.user(task.assignee),
        });
      }),
    );
  }

  /** Last contact and stage as the interactions service keeps them: from the newest interaction. */
  async derivedFields(): Promise<void> {
    await this.manager.query(
      `UPDATE department d SET last_contact_at = x.last, derived_stage = 'contacted'
       FROM (SELECT department_id, max(occurred_at) AS last FROM interaction_department GROUP BY department_id) x
       WHERE d.id = x.department_id AND d.municipality_id = $1`,
      [this.municipalityId],
    );
    await this.manager.query(
      `UPDATE contact c SET last_contact_at = x.last
       FROM (SELECT contact_id, max(occurred_at) AS last FROM interaction_contact GROUP BY contact_id) x
       WHERE c.id = x.contact_id AND c.municipality_id = $1`,
      [this.municipalityId],
    );
  }

  private unit(ref: string): Department {
    const unit =
      this.departments.find((d) => d.shortName === ref) ?? this.departments.find((d) => d.name === ref);
    if (!unit) throw new Error(`Demo data names an unknown unit: ${ref}`);
    return unit;
  }

  private contact(name: string): Contact {
    const contact = this.contactIds.get(name);
    if (!contact) throw new Error(`Demo data names an unknown contact: ${name}`);
    return contact;
  }

  private user(role: 'team' | 'admin'): string {
    const id = this.users.get(role);
    if (!id) throw new Error(`No demo user ${role}`);
    return id;
  }
}

/** vorname.nachname@demo.datenlotse.de, without titles and umlauts. */
export function demoEmail(contact: Pick<SeedContact, 'name'>): string {
  const words = contact.name.split(' ').filter((w) => !w.endsWith('.'));
  const local = [words[0], words[words.length - 1]]
    .join('.')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
  return `${local}@${DEMO_DOMAIN}`;
}

/** A plausible extension in the city's number range, the same on every seed. */
function phoneOf(contact: SeedContact): string {
  const index = DEMO_CONTACTS.indexOf(contact);
  const unitNumber = /\d+/.exec(contact.unit)?.[0] ?? '10';
  return `0211 89-${unitNumber.padStart(2, '0')}${String(100 + index * 7).slice(-3)}`;
}
