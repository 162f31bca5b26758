import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { DEPARTMENT_KINDS, INTERACTION_TYPES, SearchHit, SearchHitKind } from '@datenlotse/contracts';
import { map } from 'rxjs';
import { AppIcons } from '../core/icons';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { kindLabel } from '../shared/labels';
import { interactionTypeLabel } from '../timeline/interaction-labels';
import { WorkIcons } from '../timeline/work-icons';
import { SearchState, groupHits, hitLink, liveSearch } from './live-search';
import { SearchService } from './search.service';

/** Below this width the box folds into a search button that opens a field over the whole toolbar. */
export const COMPACT_SEARCH_QUERY = '(max-width: 719px)';

const GROUP_LABELS: Readonly<Record<SearchHitKind, TranslationKey>> = {
  department: 'search.groupDepartments',
  contact: 'search.groupContacts',
  interaction: 'search.groupInteractions',
};

const HIT_ICONS: Readonly<Record<SearchHitKind, string>> = {
  department: 'account_tree',
  contact: 'person',
  interaction: 'forum',
};

/** Elements where "/" is typed as a character, not a shortcut. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"], [role="listbox"], [role="menu"]') !== null
  );
}

/**
 * The one search box in the shell: units, contacts and interactions while typing, grouped by kind; arrow
 * keys and Enter open a hit. "/" anywhere (outside a field) puts the cursor into it.
 */
@Component({
  selector: 'dl-search-box',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
  ],
  templateUrl: './search-box.html',
  styleUrl: './search-box.scss',
  host: {
    '[class.compact]': 'compact()',
    '[class.expanded]': 'compact() && expanded()',
    '(document:keydown)': 'shortcut($event)',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchBox {
  private readonly router = inject(Router);
  private readonly searchService = inject(SearchService);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18nService);
  private readonly input = viewChild<ElementRef<HTMLInputElement>>('input');
  private readonly trigger = viewChild(MatAutocompleteTrigger);
  private readonly openButton = viewChild('openButton', { read: ElementRef<HTMLButtonElement> });

  protected readonly query = new FormControl('', { nonNullable: true });
  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_SEARCH_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** On a narrow screen: whether the field is open over the toolbar. */
  protected readonly expanded = signal(false);
  protected readonly state = toSignal(
    liveSearch(
      // Choosing a hit writes the hit itself into the control: that is no query.
      this.query.valueChanges.pipe(map((value: unknown) => (typeof value === 'string' ? value : ''))),
      (q) => this.searchService.search(q),
    ),
    { initialValue: { status: 'idle' } as SearchState },
  );
  protected readonly groups = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? groupHits(state.hits) : [];
  });
  protected readonly groupLabels = GROUP_LABELS;

  /** The hit's second line in the user's language: kind or type, the API's subtitle, and the date. */
  protected subtitleOf(hit: SearchHit): string {
    const category = hit.category ? this.categoryLabel(hit.category) : null;
    const date = hit.occurredAt ? this.i18n.formatDate(hit.occurredAt) : null;
    return [category, hit.subtitle, date].filter(Boolean).join(' · ');
  }

  private categoryLabel(category: string): string | null {
    const kind = DEPARTMENT_KINDS.find((k) => k === category);
    if (kind) return this.i18n.t(kindLabel(kind));
    const type = INTERACTION_TYPES.find((t) => t === category);
    return type ? this.i18n.t(interactionTypeLabel(type)) : null;
  }
  protected readonly hitIcons = HIT_ICONS;
  /** Read out politely when an answer arrives. */
  protected readonly announcement = computed(() => {
    const state = this.state();
    if (state.status === 'ready') {
      return state.hits.length === 0
        ? this.i18n.t('search.none', { query: state.query })
        : this.i18n.t('search.count', { count: state.hits.length });
    }
    return state.status === 'error' ? this.i18n.t('search.failed') : '';
  });

  constructor() {
    inject(AppIcons);
    inject(WorkIcons);
  }

  protected open(event: MatAutocompleteSelectedEvent): void {
    const hit: unknown = event.option.value;
    if (!hit || typeof hit !== 'object') return;
    const link = hitLink(hit as SearchHit);
    this.query.setValue('');
    this.input()?.nativeElement.blur();
    if (this.compact()) this.expanded.set(false);
    if (link) void this.router.navigate(link.path, { fragment: link.fragment });
  }

  /** "/" focuses the box, unless the user is typing somewhere. */
  protected shortcut(event: KeyboardEvent): void {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target))
      return;
    event.preventDefault();
    this.expand();
  }

  protected expand(): void {
    // Focus at once when the field is there, so that the next key typed lands in it.
    const input = this.input()?.nativeElement;
    if (input) {
      input.focus();
      return;
    }
    this.expanded.set(true);
    afterNextRender(() => this.input()?.nativeElement.focus(), { injector: this.injector });
  }

  protected collapse(): void {
    this.query.setValue('');
    this.expanded.set(false);
    afterNextRender(() => this.openButton()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Escape closes the hit list first (the autocomplete does that), then the folded-out field. */
  protected escape(): void {
    if (this.trigger()?.panelOpen) return;
    if (this.compact()) this.collapse();
    else if (this.query.value) this.query.setValue('');
  }

  protected display(): string {
    return '';
  }
}
