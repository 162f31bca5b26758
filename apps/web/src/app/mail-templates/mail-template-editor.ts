import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { HttpErrorResponse } from '@angular/common/http';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatDialog } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  Locale,
  MailTemplateDto,
  MailTemplateKey,
  MailTemplatePreview,
  MailTemplatePreviewRequest,
} from '@datenlotse/contracts';
import { Subject, Subscription, catchError, filter, map, of, switchMap, timer } from 'rxjs';
import { LoadStatus } from '../core/loadable';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { FormSubmission } from '../shared/form-submission';
import { LoadState } from '../shared/load-state';
import { MailIcons } from '../outbox/mail-icons';
import { mailTemplateName } from '../outbox/outbox-wording';
import { AppIcons } from '../core/icons';
import { MailTemplatesService } from './mail-templates.service';
import { applyTemplateErrors } from './template-errors';

/** How long typing pauses before the preview is asked for: one request per pause, not per key. */
export const PREVIEW_DEBOUNCE_MS = 400;

/** The layout's variables, which every template may use besides its mail's own. */
const LAYOUT_VARIABLES = ['city', 'appUrl'] as const;

type Field = 'subject' | 'html' | 'text';
interface Draft {
  request: MailTemplatePreviewRequest;
  /** The loaded template is previewed at once; edits wait for a pause. */
  immediate: boolean;
}

/**
 * Edits one mail template in one language: subject, HTML and text part, the placeholders the mail provides
 * (a click inserts one at the cursor), and a live preview against sample data. The server checks the template
 * on preview and on save; its reason for refusing is shown at the field.
 */
@Component({
  selector: 'dl-mail-template-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadState,
  ],
  templateUrl: './mail-template-editor.html',
  styleUrls: ['../shared/_form-dialog.scss', './mail-template-editor.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailTemplateEditor {
  /** The route's `:key` and `:locale`. */
  readonly key = input.required<MailTemplateKey>();
  readonly locale = input.required<Locale>();

  private readonly service = inject(MailTemplatesService);
  private readonly toast = inject(ToastService);
  private readonly sanitizer = inject(DomSanitizer);
  private readonly changes = inject(ChangeDetectorRef);
  private readonly dialog = inject(MatDialog);
  protected readonly i18n = inject(I18nService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    subject: ['', [Validators.required, Validators.maxLength(500)]],
    html: ['', [Validators.required]],
    text: ['', [Validators.required]],
  });
  protected readonly submission = new FormSubmission(this.form, this.i18n);

  protected readonly template = signal<MailTemplateDto | null>(null);
  protected readonly status = signal<LoadStatus>('loading');
  protected readonly preview = signal<MailTemplatePreview | null>(null);
  /** The last draft was refused: the preview still shows the last one that rendered. */
  protected readonly previewStale = signal(false);
  protected readonly previewHtml = computed<SafeHtml>(() =>
    // Shown in an iframe with an empty sandbox: inert, and Angular's sanitizer would strip the mail's styles.
    this.sanitizer.bypassSecurityTrustHtml(this.preview()?.html ?? ''),
  );
  protected readonly variables = computed(() => {
    const own = this.template()?.variables ?? [];
    return [...own, ...LAYOUT_VARIABLES.filter((name) => !own.includes(name))];
  });
  protected readonly title = computed(() =>
    this.i18n.t('mailTemplates.editorTitle', {
      name: this.i18n.t(mailTemplateName(this.key())),
      language: this.i18n.t(`locale.${this.locale()}`),
    }),
  );

  private readonly drafts = new Subject<Draft>();
  /** The field the user edited last, and where its cursor was, for inserting a placeholder. */
  private lastField: { name: Field; element: HTMLInputElement | HTMLTextAreaElement } | null = null;
  private loading: Subscription | undefined;

  constructor() {
    inject(AppIcons);
    inject(MailIcons);
    effect(() => {
      const key = this.key();
      const locale = this.locale();
      untracked(() => this.load(key, locale));
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.template()) this.drafts.next({ request: this.draft(), immediate: false });
    });
    this.drafts
      .pipe(
        // A new draft drops the pause (and any request under way) of the one before.
        switchMap((draft) =>
          (draft.immediate ? of(draft) : timer(PREVIEW_DEBOUNCE_MS).pipe(map(() => draft))).pipe(
            switchMap(({ request }) =>
              this.service.preview(this.key(), this.locale(), request).pipe(
                map((rendered) => ({ rendered, error: null as unknown })),
                catchError((error: unknown) => of({ rendered: null, error })),
              ),
            ),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(({ rendered, error }) => {
        if (rendered) {
          this.preview.set(rendered);
          this.previewStale.set(false);
        } else {
          applyTemplateErrors(this.form, error, this.i18n);
          this.previewStale.set(true);
        }
        this.changes.markForCheck();
      });
  }

  protected focused(name: Field, event: FocusEvent): void {
    const element = event.target;
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      this.lastField = { name, element };
    }
  }

  protected placeholder(variable: string): string {
    return `{{${variable}}}`;
  }

  /** Inserts `{{name}}` where the cursor was in the field edited last (the HTML part at first). */
  protected insert(variable: string): void {
    const placeholder = this.placeholder(variable);
    const target = this.lastField;
    const control = this.form.controls[target?.name ?? 'html'];
    const value = control.value;
    const start = target?.element.selectionStart ?? value.length;
    const end = target?.element.selectionEnd ?? value.length;
    control.setValue(value.slice(0, start) + placeholder + value.slice(end));
    control.markAsDirty();
    if (target) {
      const cursor = start + placeholder.length;
      target.element.focus();
      target.element.setSelectionRange(cursor, cursor);
    }
  }

  protected reload(): void {
    this.load(this.key(), this.locale());
  }

  protected save(): void {
    const template = this.template();
    if (!template || this.submission.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submission.begin();
    this.service.save(this.key(), this.locale(), { ...this.draft(), version: template.version }).subscribe({
      next: (saved) => {
        this.submission.end();
        this.show(saved);
        void this.toast.show(this.i18n.t('mailTemplates.saved'));
      },
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.submission.end();
          void this.toast.show(this.i18n.t('mailTemplates.conflict'), { error: true });
          this.reload();
        } else if (applyTemplateErrors(this.form, error, this.i18n)) {
          this.submission.end();
        } else {
          this.submission.fail(error);
        }
        this.changes.markForCheck();
      },
    });
  }

  /** Back to the shipped text, after asking: the admin's changes are gone. */
  protected reset(): void {
    const data: ConfirmDialogData = {
      title: this.i18n.t('mailTemplates.confirmResetTitle'),
      text: this.i18n.t('mailTemplates.confirmResetText', {
        name: this.i18n.t(mailTemplateName(this.key())),
        language: this.i18n.t(`locale.${this.locale()}`),
      }),
      confirm: this.i18n.t('mailTemplates.reset'),
      danger: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.submission.begin();
          return this.service.reset(this.key(), this.locale());
        }),
      )
      .subscribe({
        next: (shipped) => {
          this.submission.end();
          this.show(shipped);
          void this.toast.show(this.i18n.t('mailTemplates.resetDone'));
        },
        // The error interceptor has said why; show what is stored now.
        error: () => {
          this.submission.end();
          this.reload();
        },
      });
  }

  private draft(): MailTemplatePreviewRequest {
    const { subject, html, text } = this.form.getRawValue();
    return { subject, html, text };
  }

  private show(template: MailTemplateDto): void {
    this.template.set(template);
    this.form.setValue(
      { subject: template.subject, html: template.html, text: template.text },
      { emitEvent: false },
    );
    this.form.markAsPristine();
    this.drafts.next({ request: this.draft(), immediate: true });
  }

  private load(key: MailTemplateKey, locale: Locale): void {
    this.loading?.unsubscribe();
    this.status.set('loading');
    this.loading = this.service.get(key, locale).subscribe({
      next: (template) => {
        this.show(template);
        this.status.set('ready');
      },
      error: () => this.status.set('error'),
    });
  }
}
