import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { DepartmentsService } from '../core/departments.service';
import { loadable } from '../core/loadable';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree, countNodes, filterDepartmentTree } from '../shared/department-tree';
import { DepartmentTreeView } from '../shared/department-tree-view';
import { LoadState } from '../shared/load-state';

/** Read-only overview of the administration: Dezernate with their Ämter, filterable. */
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
    <h1 class="page-title">{{ 'org.title' | t }}</h1>
    <p class="page-intro">{{ 'org.intro' | t }}</p>

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
            <dl-department-tree-view [nodes]="visible()" />
          </section>
        }
      }
    }
  `,
  styles: `
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
  protected readonly departments = loadable(() => this.departmentsService.list());
  protected readonly filter = new FormControl('', { nonNullable: true });
  protected readonly query = toSignal(this.filter.valueChanges, {
    initialValue: '',
  });

  private readonly tree = computed(() => buildDepartmentTree(this.departments.value() ?? []));
  protected readonly visible = computed(() => filterDepartmentTree(this.tree(), this.query()));
  protected readonly shownCount = computed(() => countNodes(this.visible()));
}
