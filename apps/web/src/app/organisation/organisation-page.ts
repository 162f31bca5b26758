import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { DepartmentDto, PERMISSIONS } from '@datenlotse/contracts';
import { DepartmentsService } from '../core/departments.service';
import { AppIcons } from '../core/icons';
import { loadable } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree, countNodes, filterDepartmentTree } from '../shared/department-tree';
import { DepartmentTreeView } from '../shared/department-tree-view';
import { LoadState } from '../shared/load-state';
import { DepartmentDialog, DepartmentDialogData, DepartmentDialogResult } from './department-dialog';
import { formDialogConfig } from '../shared/form-dialog';

/** Overview of the administration: Dezernate with their Ämter, filterable; admin and team add and edit units. */
@Component({
  selector: 'dl-organisation-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatButtonModule,
    TranslatePipe,
    LoadState,
    DepartmentTreeView,
  ],
  template: `
    <div class="heading">
      <div>
        <h1 class="page-title">{{ 'org.title' | t }}</h1>
        <p class="page-intro">{{ 'org.intro' | t }}</p>
      </div>
      @if (canWrite() && departments.value()) {
        <button mat-flat-button type="button" class="create" (click)="openCreate()">
          <mat-icon svgIcon="add" />
          {{ 'org.create' | t }}
        </button>
      }
    </div>

    <dl-load-state [status]="departments.status()" (retry)="departments.reload()" />
    @if (departments.value(); as departments) {
      @if (departments.length === 0) {
        <p>{{ 'org.empty' | t }}</p>
      } @else {
        <div class="toolbar">
          <mat-form-field appearance="outline" class="filter" subscriptSizing="dynamic">
            <mat-label>{{ 'org.filter' | t }}</mat-label>
            <mat-icon matPrefix svgIcon="search" />
            <input matInput type="search" [formControl]="filter" autocomplete="off" />
            <mat-hint>{{ 'org.filterHint' | t }}</mat-hint>
            @if (query()) {
              <button
                matSuffix
                mat-icon-button
                type="button"
                (click)="filter.setValue('')"
                [attr.aria-label]="'org.clearFilter' | t"
              >
                <mat-icon svgIcon="close" />
              </button>
            }
          </mat-form-field>
          <p class="count" aria-live="polite">
            {{ 'org.count' | t: { shown: shownCount(), total: departments.length } }}
          </p>
        </div>

        @if (visible().length === 0) {
          <p>{{ 'org.noMatch' | t: { filter: query() } }}</p>
        } @else {
          <section [attr.aria-label]="'org.treeLabel' | t">
            <dl-department-tree-view [nodes]="visible()" [editable]="canWrite()" (edit)="openEdit($event)" />
          </section>
        }
      }
    }
  `,
  styles: `
    .heading {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 8px 24px;
      margin-bottom: 16px;
    }
    .heading .page-intro {
      margin-bottom: 0;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 24px;
      margin-bottom: 16px;
    }
    .filter {
      flex: 0 1 360px;
      min-width: 0;
    }
    .count {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationPage {
  private readonly departmentsService = inject(DepartmentsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);
  /** Admin and team may add and edit units; management and department heads only read. */
  private readonly session = inject(SessionService);
  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.departmentsWrite));
  protected readonly departments = loadable(() => this.departmentsService.list());
  protected readonly filter = new FormControl('', { nonNullable: true });
  protected readonly query = toSignal(this.filter.valueChanges, {
    initialValue: '',
  });

  private readonly tree = computed(() => buildDepartmentTree(this.departments.value() ?? []));
  protected readonly visible = computed(() => filterDepartmentTree(this.tree(), this.query()));
  protected readonly shownCount = computed(() => countNodes(this.visible()));

  constructor() {
    inject(AppIcons);
  }

  protected openCreate(): void {
    this.openDialog({ mode: 'create', departments: this.departments.value() ?? [] });
  }

  protected openEdit(department: DepartmentDto): void {
    this.openDialog({ mode: 'edit', department, departments: this.departments.value() ?? [] });
  }

  private openDialog(data: DepartmentDialogData): void {
    this.dialog
      .open<DepartmentDialog, DepartmentDialogData, DepartmentDialogResult>(
        DepartmentDialog,
        formDialogConfig(data),
      )
      .afterClosed()
      .subscribe((result) => {
        if (!result) return;
        if (result.kind === 'created') {
          void this.toast.show(this.i18n.t('org.created', { name: result.department.name }));
        } else if (result.kind === 'saved') {
          void this.toast.show(this.i18n.t('org.saved', { name: result.department.name }));
        }
        this.departments.reload();
      });
  }
}
