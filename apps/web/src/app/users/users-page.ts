import { NgTemplateOutlet } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { UserDto } from '@datenlotse/contracts';
import { filter, map, switchMap } from 'rxjs';
import { DepartmentsService } from '../core/departments.service';
import { AppIcons } from '../core/icons';
import { loadable } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { roleLabel } from '../shared/labels';
import { LoadState } from '../shared/load-state';
import { UserDialog, UserDialogData, UserDialogResult } from './user-dialog';
import { UsersService } from './users.service';
import { formDialogConfig } from '../shared/form-dialog';

const collator = new Intl.Collator('de', { sensitivity: 'base' });

/** Admin: accounts, roles, department assignments; create/invite, edit, (de)activate. */
@Component({
  selector: 'dl-users-page',
  imports: [
    NgTemplateOutlet,
    MatTableModule,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    TranslatePipe,
    LoadState,
  ],
  templateUrl: './users-page.html',
  styleUrl: './users-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly usersService = inject(UsersService);
  private readonly departmentsService = inject(DepartmentsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  protected readonly i18n = inject(I18nService);
  protected readonly me = inject(SessionService).user;

  protected readonly users = loadable(() => this.usersService.list());
  protected readonly departments = loadable(() => this.departmentsService.list());

  protected readonly columns = ['name', 'role', 'departments', 'status', 'lastLogin', 'actions'];
  protected readonly roleLabel = roleLabel;
  /** Phones get a list of cards instead of the wide table. */
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 719.98px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  protected readonly rows = computed(() =>
    [...(this.users.value() ?? [])].sort((a, b) => collator.compare(a.name, b.name)),
  );

  private readonly departmentNames = computed(
    () =>
      new Map(
        (this.departments.value() ?? []).map((department) => [
          department.id,
          department.shortName ?? department.name,
        ]),
      ),
  );

  constructor() {
    inject(AppIcons);
  }

  protected departmentsOf(user: UserDto): string {
    if (user.role !== 'department_head' || user.departmentIds.length === 0) return '';
    const names = this.departmentNames();
    return user.departmentIds.map((id) => names.get(id) ?? '?').join(', ');
  }

  protected openCreate(): void {
    this.openDialog({
      mode: 'create',
      departments: this.departments.value() ?? [],
    });
  }

  protected openEdit(user: UserDto): void {
    this.openDialog({
      mode: 'edit',
      user,
      departments: this.departments.value() ?? [],
    });
  }

  protected toggleActive(user: UserDto): void {
    const activate = !user.active;
    const data: ConfirmDialogData = activate
      ? {
          title: this.i18n.t('users.confirmReactivateTitle'),
          text: this.i18n.t('users.confirmReactivateText', { name: user.name }),
          confirm: this.i18n.t('users.confirmReactivate'),
        }
      : {
          title: this.i18n.t('users.confirmDeactivateTitle'),
          text: this.i18n.t('users.confirmDeactivateText', { name: user.name }),
          confirm: this.i18n.t('users.confirmDeactivate'),
          danger: true,
        };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data,
        width: '440px',
      })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() =>
          this.usersService.update(user.id, {
            version: user.version,
            active: activate,
          }),
        ),
      )
      .subscribe({
        next: (updated) => {
          void this.toast.show(
            this.i18n.t(activate ? 'users.reactivated' : 'users.deactivated', {
              name: updated.name,
            }),
          );
          this.users.reload();
        },
        error: (error: unknown) => {
          // 409: someone else changed the user – the interceptor said so; show the current state.
          if (error instanceof HttpErrorResponse && error.status === 409) this.users.reload();
        },
      });
  }

  private openDialog(data: UserDialogData): void {
    this.dialog
      .open<UserDialog, UserDialogData, UserDialogResult>(UserDialog, formDialogConfig(data))
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.kind === 'created') {
          void this.toast.show(this.i18n.t('users.created', { name: result.user.name }));
        } else if (result.kind === 'saved') {
          void this.toast.show(this.i18n.t('users.saved', { name: result.user.name }));
        }
        this.users.reload();
      });
  }
}
