import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { DepartmentDto, PERMISSIONS } from '@datenlotse/contracts';
import { map } from 'rxjs';
import { DepartmentsService } from '../core/departments.service';
import { loadable } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree, countNodes, filterDepartmentTree } from '../shared/department-tree';
import { DepartmentTreeView } from '../shared/department-tree-view';
import { LoadState } from '../shared/load-state';
import { formDialogConfig } from '../shared/form-dialog';
import { CrmIcons } from './crm-icons';
import { DepartmentDialog, DepartmentDialogData, DepartmentDialogResult } from './department-dialog';
import { DepartmentTable } from './department-table';

export type OrganisationView = 'tree' | 'table';

/**
 * Overview of the administration: the tree of Dezernate with their Ämter, or the filterable table
 * (`?view=table`); admin and team add and edit units.
 */
@Component({
  selector: 'dl-organisation-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatButtonModule,
    MatButtonToggleModule,
    TranslatePipe,
    LoadState,
    DepartmentTreeView,
    DepartmentTable,
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

    <mat-button-toggle-group
      class="view-switch"
      [value]="view()"
      (change)="showView($event.value)"
      [attr.aria-label]="'orgView.label' | t"
      hideSingleSelectionIndicator
    >
      <mat-button-toggle value="tree">
        <mat-icon svgIcon="account_tree" />
        {{ 'orgView.tree' | t }}
      </mat-button-toggle>
      <mat-button-toggle value="table">
        <mat-icon svgIcon="view_list" />
        {{ 'orgView.table' | t }}
      </mat-button-toggle>
    </mat-button-toggle-group>

    <dl-load-state [status]="departments.status()" (retry)="departments.reload()" />
    @if (view() === 'table') {
      <dl-department-table [departments]="departments.value() ?? []" />
    } @else if (departments.value(); as departments) {
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
    .view-switch {
      margin-bottom: 16px;
    }
    .view-switch mat-icon {
      margin-inline-end: 4px;
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
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);
  /** Admin and team may add and edit units; management and department heads only read. */
  private readonly session = inject(SessionService);
  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.departmentsWrite));
  protected readonly departments = loadable(() => this.departmentsService.list());
  protected readonly view = toSignal(
    this.route.queryParamMap.pipe(
      map((params): OrganisationView => (params.get('view') === 'table' ? 'table' : 'tree')),
    ),
    { initialValue: 'tree' },
  );
  protected readonly filter = new FormControl('', { nonNullable: true });
  protected readonly query = toSignal(this.filter.valueChanges, {
    initialValue: '',
  });

  private readonly tree = computed(() => buildDepartmentTree(this.departments.value() ?? []));
  protected readonly visible = computed(() => filterDepartmentTree(this.tree(), this.query()));
  protected readonly shownCount = computed(() => countNodes(this.visible()));

  constructor() {
    inject(CrmIcons);
  }

  /** Each view keeps its own parameters: switching to the tree drops the table's filters. */
  protected showView(view: OrganisationView): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: view === 'table' ? { view } : {},
    });
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
