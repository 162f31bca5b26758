import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ConcernRow, OBJECTION_CATEGORIES, ObjectionCategory } from '@datenlotse/contracts';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { categoryLabel } from '../../objections/objection-labels';
import { InterviewRunIcons } from './interview-run-icons';
import type { QuestionContact } from './question-field';

let nextEditorId = 0;

/**
 * The rows of an `objection_list` answer: the concerns raised in the meeting, each with its category, the
 * statement in the department's words and who raised it. Completing the interview makes each an Objection.
 */
@Component({
  selector: 'dl-objection-list-editor',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './objection-list-editor.html',
  styleUrl: './objection-list-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ObjectionListEditor {
  readonly rows = input<readonly ConcernRow[]>([]);
  readonly contacts = input<readonly QuestionContact[]>([]);
  readonly readonly = input(false);
  readonly rowsChange = output<ConcernRow[]>();

  protected readonly categories = OBJECTION_CATEGORIES;
  protected readonly categoryLabel = categoryLabel;
  protected readonly removed = signal<{ row: ConcernRow; index: number } | null>(null);
  protected readonly uid = `concern-rows-${nextEditorId++}`;
  /** A row just added: its category gets the focus once it is there. */
  private readonly focusRowId = signal<string | null>(null);

  constructor() {
    inject(InterviewRunIcons);
    const injector = inject(Injector);
    effect(() => {
      const id = this.focusRowId();
      if (!id || !this.rows().some((row) => row.id === id)) return;
      this.focusRowId.set(null);
      afterNextRender(() => document.getElementById(`${this.uid}-${id}-statement`)?.focus(), { injector });
    });
  }

  protected add(): void {
    // "Sonstiges" until someone picks the category: the statement is what matters in the meeting.
    const row: ConcernRow = { id: crypto.randomUUID(), category: 'other', statement: '' };
    this.removed.set(null);
    this.focusRowId.set(row.id);
    this.rowsChange.emit([...this.rows(), row]);
  }

  protected remove(index: number): void {
    const row = this.rows()[index];
    if (!row) return;
    this.removed.set({ row, index });
    this.rowsChange.emit(this.rows().filter((_, at) => at !== index));
  }

  protected undo(): void {
    const removed = this.removed();
    if (!removed) return;
    const rows = [...this.rows()];
    rows.splice(Math.min(removed.index, rows.length), 0, removed.row);
    this.removed.set(null);
    this.rowsChange.emit(rows);
  }

  protected category(index: number, category: ObjectionCategory): void {
    this.update(index, { category });
  }

  protected statement(index: number, event: Event): void {
    this.update(index, { statement: (event.target as HTMLTextAreaElement).value });
  }

  protected raisedBy(index: number, contactId: string): void {
    this.update(index, { raisedByContactId: contactId === '' ? null : contactId });
  }

  protected contactLabel(contact: QuestionContact): string {
    return contact.role ? `${contact.name} (${contact.role})` : contact.name;
  }

  private update(index: number, patch: Partial<ConcernRow>): void {
    this.rowsChange.emit(this.rows().map((row, at) => (at === index ? { ...row, ...patch } : row)));
  }
}
