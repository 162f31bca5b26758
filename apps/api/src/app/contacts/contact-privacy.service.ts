import { ContactDto, ContactExport, SessionUser } from '@datenlotse/contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Interaction, InteractionContact } from '../interactions/interaction.entity';
import { ScopedRepository } from '../municipalities/scoped-repository';
import { Task } from '../tasks/task.entity';
import { Contact } from './contact.entity';
import { redactAuditTrail } from './contact-redaction';
import { ContactsService } from './contacts.service';

/** All audit events of one contact fit in an export; the cap only guards against a runaway log. */
const MAX_AUDIT_EVENTS = 10_000;

/** GDPR: what is stored about a contact (Art. 15), and erasing it (Art. 17). Both are audited. */
@Injectable()
export class ContactPrivacyService {
  private readonly contacts: ScopedRepository<Contact>;
  private readonly interactions: ScopedRepository<Interaction>;
  private readonly tasks: ScopedRepository<Task>;

  constructor(
    @InjectRepository(Contact) contacts: Repository<Contact>,
    @InjectRepository(Interaction) interactions: Repository<Interaction>,
    @InjectRepository(Task) tasks: Repository<Task>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contactsService: ContactsService,
    private readonly audit: AuditService,
  ) {
    this.contacts = new ScopedRepository(contacts);
    this.interactions = new ScopedRepository(interactions);
    this.tasks = new ScopedRepository(tasks);
  }

  /** Everything stored about the contact: the record, its interactions, tasks and audit trail. */
  async export(user: SessionUser, id: string): Promise<ContactExport> {
    const contact = await this.contactsService.get(user, id);
    const interactions = await this.interactions
      .query('i')
      .innerJoin(InteractionContact, 'ic', 'ic.interaction_id = i.id')
      .andWhere('ic.contact_id = :id', { id })
      .orderBy('i.occurred_at', 'DESC')
      .getMany();
    const tasks = await this.tasks
      .query('k')
      .andWhere(`k.link_entity = 'contact' AND k.link_id = :id`, { id })
      .orderBy('k.created_at', 'ASC')
      .getMany();
    const events = await this.audit.list({ entity: 'contact', entityId: id, limit: MAX_AUDIT_EVENTS });
    const exported: ContactExport = {
      exportedAt: new Date().toISOString(),
      contact,
      interactions: interactions.map((i) => ({
        id: i.id,
        type: i.type,
        occurredAt: i.occurredAt.toISOString(),
        summary: i.summary,
      })),
      tasks: tasks.map((k) => ({ id: k.id, title: k.title, dueAt: k.dueAt, status: k.status })),
      auditEvents: events.map((e) => ({ at: e.at, action: e.action, diff: e.diff })),
    };
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, { action: 'export', entity: 'contact', entityId: id }),
    );
    return exported;
  }

  /**
   * Erases the person: the personal fields become null and leave the contact's audit trail; the record and
   * its links stay, so timelines keep an anonymous "former contact". Erasing twice changes nothing.
   */
  async erase(user: SessionUser, id: string): Promise<ContactDto> {
    await this.dataSource.transaction(async (manager) => {
      const contact = await this.contacts.with(manager).findOne({ where: { id } });
      if (!contact) throw new NotFoundException(`No contact ${id}`);
      if (contact.erasedAt) return;
      const erasedAt = new Date();
      await manager
        .createQueryBuilder()
        .update(Contact)
        .set({
          name: null,
          title: null,
          email: null,
          phone: null,
          legalBasis: null,
          retainUntil: null,
          erasedAt,
        })
        .where('id = :id', { id })
        .execute();
      await redactAuditTrail(manager, id);
      await this.audit.record(manager, {
        action: 'erase',
        entity: 'contact',
        entityId: id,
        before: { erasedAt: null },
        after: { erasedAt: erasedAt.toISOString() },
      });
    });
    return this.contactsService.get(user, id);
  }
}
