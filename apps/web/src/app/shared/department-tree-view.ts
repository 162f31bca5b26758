import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { DepartmentDto } from '@datenlotse/contracts';
import { TranslatePipe } from '../i18n/translate.pipe';
import { DepartmentNode } from './department-tree';
import { kindLabel } from './labels';

/**
 * The organisation tree as nested lists (Dezernat → Ämter → …), each unit linking to its page; renders itself
 * per level. With `editable`, each unit gets an edit button that emits `edit`.
 */
@Component({
  selector: 'dl-department-tree-view',
  imports: [RouterLink, TranslatePipe, MatButtonModule, MatIconModule, MatTooltipModule],
  template: `
    <ul class="level" [class.root]="depth() === 0">
      @for (node of nodes(); track node.department.id) {
        <li class="item">
          <div class="unit" [class.parent]="node.children.length > 0">
            <div class="text">
              @if (node.department.shortName) {
                <span class="short">{{ node.department.shortName }}</span>
              }
              <a class="name" [routerLink]="['/organisation', node.department.id]">{{
                node.department.name
              }}</a>
              <span class="kind">{{ kindLabel(node.department.kind) | t }}</span>
              @if (node.department.website; as website) {
                <a class="website" [href]="website" target="_blank" rel="noopener noreferrer">
                  {{ 'org.website' | t }}<span class="visually-hidden">: {{ node.department.name }}</span>
                </a>
              }
            </div>
            @if (editable()) {
              <button
                mat-icon-button
                type="button"
                class="edit"
                (click)="edit.emit(node.department)"
                [attr.aria-label]="'org.edit' | t: { name: node.department.name }"
                [matTooltip]="'org.edit' | t: { name: node.department.name }"
              >
                <mat-icon svgIcon="edit" />
              </button>
            }
          </div>
          @if (node.children.length > 0) {
            <dl-department-tree-view
              [nodes]="node.children"
              [depth]="depth() + 1"
              [editable]="editable()"
              (edit)="edit.emit($event)"
            />
          }
        </li>
      }
    </ul>
  `,
  styleUrl: './department-tree-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DepartmentTreeView {
  readonly nodes = input.required<DepartmentNode[]>();
  readonly depth = input(0);
  /** Shows an edit button on each unit (only for roles that may change units). */
  readonly editable = input(false);
  readonly edit = output<DepartmentDto>();
  protected readonly kindLabel = kindLabel;
}
