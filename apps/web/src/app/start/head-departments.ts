import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { DepartmentsService } from '../core/departments.service';
import { loadable } from '../core/loadable';
import { TranslatePipe } from '../i18n/translate.pipe';
import { buildDepartmentTree } from '../shared/department-tree';
import { DepartmentTreeView } from '../shared/department-tree-view';
import { LoadState } from '../shared/load-state';

/** Department head: the units they are responsible for (the API returns only these). */
@Component({
  selector: 'dl-head-departments',
  imports: [MatCardModule, TranslatePipe, LoadState, DepartmentTreeView],
  template: `
    <mat-card appearance="outlined" class="summary-card">
      <mat-card-content>
        <h2 class="card-title">{{ 'start.headTitle' | t }}</h2>
        <dl-load-state [status]="departments.status()" (retry)="departments.reload()" />
        @if (departments.value(); as departments) {
          @if (departments.length === 0) {
            <p>{{ 'start.headEmpty' | t }}</p>
          } @else {
            <dl-department-tree-view [nodes]="tree()" />
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeadDepartments {
  private readonly departmentsService = inject(DepartmentsService);
  protected readonly departments = loadable(() => this.departmentsService.list());
  protected readonly tree = computed(() => buildDepartmentTree(this.departments.value() ?? []));
}
