import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { ContactDto, DepartmentDto, PERMISSIONS } from '@datenlotse/contracts';
import { EMPTY, Observable, catchError, filter, switchMap } from 'rxjs';
import { apiErrorOf } from '../core/api-error';
import { DepartmentsService } from '../core/departments.service';
import { loadable } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ContactDialog, ContactDialogData, ContactDialogResult } from '../contacts/contact-dialog';
import { ContactList } from '../contacts/contact-list';
import { ContactPrivacy } from '../contacts/contact-privacy';
import { ContactsService } from '../contacts/contacts.service';
import { CrmIcons } from '../organisation/crm-icons';
import { relativeDay, stageLabel } from '../organisation/crm-labels';
import {
  DepartmentDialog,
  DepartmentDialogData,
  DepartmentDialogResult,
} from '../organisation/department-dialog';
import { StageChip } from '../organisation/stage-chip';
import { TeamMembersService } from '../organisation/team-members.service';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { formDialogConfig } from '../shared/form-dialog';
import { kindLabel } from '../shared/labels';
import { LoadState } from '../shared/load-state';
import { DepartmentTasks } from '../tasks/department-tasks';
import { DepartmentTimeline } from '../timeline/department-timeline';
import { DatasetObjections } from '../objections/dataset-objections';
import { DepartmentDatasets } from '../datasets/department-datasets';
import { DepartmentInterviews } from '../interviews/department-interviews';
import { ancestorsOf, subunitsOf } from './department-family';
import { loadableFor } from '../core/loadable-for';
import { StageDialog, StageDialogData, StageDialogResult } from './stage-dialog';

/** The API's largest page: far more contacts than a unit has, so the list is read in one go. */
const CONTACTS_LIMIT = 200;

/**
 * One unit: where it sits, its stage and owner, the head and the other contacts, sub-units, timeline and
 * open tasks. Admin and team edit it; management and department heads (for their own units) only read.
 */
@Component({
  selector: 'dl-department-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    TranslatePipe,
    LoadState,
    StageChip,
    ContactList,
    DepartmentTimeline,
    DepartmentTasks,
    DatasetObjections,
    DepartmentDatasets,
    DepartmentInterviews,
  ],
  templateUrl: './department-page.html',
  styleUrl: './department-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentPage {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly departmentsService = inject(DepartmentsService);
  private readonly contactsService = inject(ContactsService);
  private readonly privacy = inject(ContactPrivacy);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);
  protected readonly i18n = inject(I18nService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.departmentsWrite));
  protected readonly canWriteContacts = computed(() => this.session.can(PERMISSIONS.contactsWrite));
  protected readonly canPrivacy = computed(() => this.session.can(PERMISSIONS.contactsPrivacy));

  private readonly timeline = viewChild(DepartmentTimeline);
  protected readonly department = loadableFor(this.id, (id) => this.departmentsService.get(id));
  protected readonly contacts = loadableFor(this.id, (departmentId) =>
    this.contactsService.list({
      departmentId,
      includeErased: true,
      sort: 'name',
      order: 'asc',
      limit: CONTACTS_LIMIT,
    }),
  );
  /** Every unit the user may see, archived ones included: for the breadcrumb, sub-units and the edit dialog. */
  private readonly allDepartments = loadable(() => this.departmentsService.list({ includeArchived: true }));
  private readonly teamMembers = toSignal(
    inject(TeamMembersService)
      .list()
      .pipe(catchError(() => EMPTY)),
    {
      initialValue: [],
    },
  );

  protected readonly notFound = computed(
    () => this.department.status() === 'error' && this.department.errorStatus() === 404,
  );
  protected readonly ancestors = computed(() => ancestorsOf(this.id(), this.allDepartments.value() ?? []));
  protected readonly subunits = computed(() => subunitsOf(this.id(), this.allDepartments.value() ?? []));
  protected readonly heads = computed(() => this.activeContacts().filter((contact) => contact.isHead));
  /** Everyone but the heads (shown above), former contacts last. */
  protected readonly otherContacts = computed(() => [
    ...this.activeContacts().filter((contact) => !contact.isHead),
    ...(this.contacts.value()?.items ?? []).filter((contact) => this.isFormer(contact)),
  ]);
  protected readonly ownerName = computed(() => {
    const ownerId = this.department.value()?.ownerUserId;
    if (!ownerId) return null;
    return this.teamMembers().find((member) => member.id === ownerId)?.name ?? null;
  });

  protected readonly kindLabel = kindLabel;
  protected readonly stageLabel = stageLabel;

  constructor() {
    inject(CrmIcons);
    const title = inject(Title);
    effect(() => {
      const department = this.department.value();
      if (department) title.setTitle(`${department.name} – ${this.i18n.t('app.name')}`);
    });
  }

  protected lastContact(iso: string): string {
    return relativeDay(iso, this.i18n.locale());
  }

  protected openEdit(department: DepartmentDto): void {
    this.dialog
      .open<DepartmentDialog, DepartmentDialogData, DepartmentDialogResult>(
        DepartmentDialog,
        formDialogConfig({ mode: 'edit', department, departments: this.allDepartments.value() ?? [] }),
      )
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.kind === 'saved') {
          void this.toast.show(this.i18n.t('dept.saved', { name: result.department.name }));
        }
        this.refreshDepartment();
      });
  }

  protected openStage(department: DepartmentDto): void {
    this.dialog
      .open<StageDialog, StageDialogData, StageDialogResult>(StageDialog, formDialogConfig({ department }))
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.kind === 'saved') {
          const stage = this.i18n.t(stageLabel(result.department.engagementStage));
          void this.toast.show(this.i18n.t('dept.stageSaved', { name: result.department.name, stage }));
        }
        this.refreshDepartment();
      });
  }

  protected archive(department: DepartmentDto): void {
    this.confirm({
      title: this.i18n.t('dept.confirmArchiveTitle'),
      text: this.i18n.t('dept.confirmArchiveText', { name: department.name }),
      confirm: this.i18n.t('dept.archive'),
    })
      .pipe(switchMap(() => this.departmentsService.archive(department.id, department.version)))
      .subscribe({
        next: (archived) => {
          void this.toast.show(this.i18n.t('dept.archivedToast', { name: archived.name }));
          this.refreshDepartment();
        },
        error: () => this.refreshDepartment(),
      });
  }

  protected unarchive(department: DepartmentDto): void {
    this.departmentsService.unarchive(department.id, department.version).subscribe({
      next: (restored) => {
        void this.toast.show(this.i18n.t('dept.unarchivedToast', { name: restored.name }));
        this.refreshDepartment();
      },
      error: () => this.refreshDepartment(),
    });
  }

  protected delete(department: DepartmentDto): void {
    this.confirm({
      title: this.i18n.t('dept.confirmDeleteTitle'),
      text: this.i18n.t('dept.confirmDeleteText', { name: department.name }),
      confirm: this.i18n.t('dept.delete'),
      danger: true,
    })
      .pipe(switchMap(() => this.departmentsService.delete(department.id)))
      .subscribe({
        next: () => {
          void this.toast.show(this.i18n.t('dept.deleted', { name: department.name }));
          void this.router.navigate(['/organisation']);
        },
        error: (error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 409)
            this.deleteRefused(department, error);
        },
      });
  }

  protected openCreateContact(departmentId: string): void {
    this.openContactDialog({ mode: 'create', departmentId });
  }

  protected openEditContact(contact: ContactDto): void {
    this.openContactDialog({ mode: 'edit', contact });
  }

  protected gdprExport(contact: ContactDto): void {
    this.privacy.downloadExport(contact);
  }

  protected erase(contact: ContactDto): void {
    this.privacy.erase(contact).subscribe({
      next: () => this.contactsChanged(),
      error: () => this.contactsChanged(),
    });
  }

  /** A logged interaction moves the unit's and its contacts' last contact, and maybe the stage. */
  protected interactionsChanged(): void {
    this.department.reload();
    this.contacts.reload();
    this.timeline()?.refresh();
  }

  /** Objections are audited records of the unit: the timeline may show them. */
  protected objectionsChanged(): void {
    this.timeline()?.refresh();
  }

  /** Contact changes are system events of the unit: the timeline shows them. */
  private contactsChanged(): void {
    this.contacts.reload();
    this.timeline()?.refresh();
  }

  /** The API refused (contacts or records hang on the unit): say why and offer to archive it instead. */
  private deleteRefused(department: DepartmentDto, error: HttpErrorResponse): void {
    const reason = apiErrorOf(error)?.message;
    const text = [
      this.i18n.t('dept.deleteRefusedText'),
      reason ? this.i18n.t('dept.deleteRefusedReason', { reason }) : '',
    ].join(' ');
    const data: ConfirmDialogData = {
      title: this.i18n.t('dept.deleteRefusedTitle', { name: department.name }),
      text: text.trim(),
      confirm: this.i18n.t('dept.archive'),
    };
    if (department.archivedAt) {
      void this.toast.show(`${data.title}. ${data.text}`, { error: true });
      return;
    }
    this.confirm(data)
      .pipe(switchMap(() => this.departmentsService.archive(department.id, department.version)))
      .subscribe({
        next: (archived) => {
          void this.toast.show(this.i18n.t('dept.archivedToast', { name: archived.name }));
          this.refreshDepartment();
        },
        error: () => this.refreshDepartment(),
      });
  }

  private openContactDialog(data: ContactDialogData): void {
    this.dialog
      .open<ContactDialog, ContactDialogData, ContactDialogResult>(ContactDialog, formDialogConfig(data))
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.kind === 'created') {
          void this.toast.show(this.i18n.t('contact.created', { name: result.contact.name ?? '' }));
        } else if (result.kind === 'saved') {
          void this.toast.show(this.i18n.t('contact.saved', { name: result.contact.name ?? '' }));
        }
        this.contactsChanged();
      });
  }

  /** Emits once when the user confirms; completes silently when they cancel. */
  private confirm(data: ConfirmDialogData): Observable<true> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '480px' })
      .afterClosed()
      .pipe(filter((confirmed): confirmed is true => confirmed === true));
  }

  private refreshDepartment(): void {
    this.department.reload();
    this.allDepartments.reload();
    this.timeline()?.refresh();
  }

  private activeContacts(): ContactDto[] {
    return (this.contacts.value()?.items ?? []).filter((contact) => !this.isFormer(contact));
  }

  private isFormer(contact: ContactDto): boolean {
    return contact.erasedAt !== null || contact.name === null;
  }
}
