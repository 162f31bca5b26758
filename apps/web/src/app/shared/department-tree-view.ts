import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '../i18n/translate.pipe';
import { DepartmentNode } from './department-tree';
import { kindLabel } from './labels';

/** Read-only organisation tree as nested lists (Dezernat → Ämter → …); renders itself per level. */
@Component({
  selector: 'dl-department-tree-view',
  imports: [TranslatePipe],
  template: `
    <ul class="level" [class.root]="depth() === 0">
      @for (node of nodes(); track node.department.id) {
        <li class="item">
          <div class="unit" [class.parent]="node.children.length > 0">
            @if (node.department.shortName) {
              <span class="short">{{ node.department.shortName }}</span>
            }
            <span class="name">{{ node.department.name }}</span>
            <span class="kind">{{ kindLabel(node.department.kind) | t }}</span>
            @if (node.department.website; as website) {
              <a class="website" [href]="website" target="_blank" rel="noopener noreferrer">
                {{ 'org.website' | t }}<span class="visually-hidden">: {{ node.department.name }}</span>
              </a>
            }
          </div>
          @if (node.children.length > 0) {
            <dl-department-tree-view [nodes]="node.children" [depth]="depth() + 1" />
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
  protected readonly kindLabel = kindLabel;
}
