import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import {
  PERMISSIONS,
  QuestionnaireExport,
  QuestionnaireTemplateDto,
  QuestionnaireVersionSummary,
} from '@datenlotse/contracts';
import { apiErrorOf } from '../core/api-error';
import { loadable } from '../core/loadable';
import { SessionService } from '../core/session.service';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { formDialogConfig } from '../shared/form-dialog';
import { LoadState } from '../shared/load-state';
import { QuestionnaireIcons } from './questionnaire-icons';
import { problemPlace, problemText, serverDefinitionProblems } from './questionnaire-wording';
import { QuestionnairesService } from './questionnaires.service';
import { TemplateDialog, TemplateDialogData } from './template-dialog';

/** What went wrong with an import, shown above the list until dismissed or the next import. */
interface ImportFailure {
  file: string;
  problems: string[];
}

/**
 * "Fragebögen": the questionnaire templates with their versions. Writers create, import, rename, start a new
 * version, export and delete (a version interviews use stays); management reads and exports.
 * `/questionnaires/:id` opens the list at that template.
 */
@Component({
  selector: 'dl-questionnaires-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, LoadState],
  templateUrl: './questionnaires-page.html',
  styleUrl: './questionnaires-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuestionnairesPage {
  /** The template to show first (route parameter). */
  readonly id = input<string>();

  private readonly service = inject(QuestionnairesService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly toast = inject(ToastService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(I18nService);

  private readonly session = inject(SessionService);

  protected readonly canWrite = computed(() => this.session.can(PERMISSIONS.questionnairesWrite));
  protected readonly templates = loadable(() => this.service.list());
  protected readonly importFailure = signal<ImportFailure | null>(null);
  protected readonly busy = signal(false);
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  constructor() {
    inject(QuestionnaireIcons);
    // Opened at a template: once the list is there, its heading gets the focus (and scrolls into view).
    effect(() => {
      const id = this.id();
      if (!id || this.templates.status() !== 'ready') return;
      untracked(() =>
        afterNextRender(
          () => this.host.nativeElement.querySelector<HTMLElement>(`#template-${CSS.escape(id)}`)?.focus(),
          { injector: this.injector },
        ),
      );
    });
  }

  protected versionsNewestFirst(template: QuestionnaireTemplateDto): QuestionnaireVersionSummary[] {
    return [...template.versions].sort((a, b) => b.number - a.number);
  }

  protected hasDraft(template: QuestionnaireTemplateDto): boolean {
    return template.versions.some((version) => version.status === 'draft');
  }

  protected questionCount(version: QuestionnaireVersionSummary): string {
    return this.i18n.t('questionnaires.questionCount', { count: version.questionCount });
  }

  protected interviewCount(version: QuestionnaireVersionSummary): string {
    if (version.interviewCount === 0) return this.i18n.t('questionnaires.interviewCountNone');
    return this.i18n.t('questionnaires.interviewCount', { count: version.interviewCount });
  }

  protected exportUrl(version: QuestionnaireVersionSummary): string {
    return this.service.exportUrl(version.id);
  }

  protected create(): void {
    this.dialog
      .open<TemplateDialog, TemplateDialogData, QuestionnaireTemplateDto>(
        TemplateDialog,
        formDialogConfig({}),
      )
      .afterClosed()
      .subscribe((template) => {
        // A new template is an empty draft: straight into the editor.
        const draft = template?.versions.find((version) => version.status === 'draft');
        if (draft) void this.router.navigate(['/questionnaires/versions', draft.id]);
        else if (template) this.templates.reload();
      });
  }

  protected rename(template: QuestionnaireTemplateDto): void {
    this.dialog
      .open<TemplateDialog, TemplateDialogData, QuestionnaireTemplateDto>(
        TemplateDialog,
        formDialogConfig({ template }),
      )
      .afterClosed()
      .subscribe((changed) => {
        if (changed) this.templates.reload();
      });
  }

  /** Opens the template's draft, made from its newest version when there is none yet. */
  protected editNewVersion(template: QuestionnaireTemplateDto): void {
    if (this.busy()) return;
    this.busy.set(true);
    this.service.draft(template.id).subscribe({
      next: (draft) => {
        this.busy.set(false);
        void this.router.navigate(['/questionnaires/versions', draft.id]);
      },
      error: () => this.busy.set(false),
    });
  }

  protected remove(template: QuestionnaireTemplateDto, version: QuestionnaireVersionSummary): void {
    if (version.interviewCount > 0) return;
    const params = { number: version.number, name: template.name };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: this.i18n.t('questionnaires.deleteTitle', params),
          text: this.i18n.t('questionnaires.deleteText', params),
          confirm: this.i18n.t('questionnaires.delete'),
          danger: true,
        },
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.service.deleteVersion(version.id).subscribe({
          next: () => {
            void this.toast.show(this.i18n.t('questionnaires.deleted', params));
            this.templates.reload();
          },
          error: (error: unknown) => {
            if (error instanceof HttpErrorResponse && error.status === 409) {
              void this.toast.show(this.i18n.t('questionnaires.deleteConflict'), { error: true });
            }
            this.templates.reload();
          },
        });
      });
  }

  protected chooseFile(): void {
    this.fileInput()?.nativeElement.click();
  }

  /** Reads the chosen export file and sends it; what is wrong with it is listed above the list. */
  protected async importFile(event: Event): Promise<void> {
    const field = event.target as HTMLInputElement;
    const file = field.files?.[0];
    // The same file can be chosen again after fixing it.
    field.value = '';
    if (!file) return;
    this.importFailure.set(null);
    let content: unknown;
    try {
      content = JSON.parse(await readText(file));
    } catch {
      this.importFailure.set({ file: file.name, problems: [this.i18n.t('questionnaires.importNotJson')] });
      return;
    }
    if (!isExport(content)) {
      this.importFailure.set({
        file: file.name,
        problems: [this.i18n.t('questionnaires.importWrongFormat')],
      });
      return;
    }
    this.busy.set(true);
    this.service.import(content).subscribe({
      next: (template) => {
        this.busy.set(false);
        void this.toast.show(this.i18n.t('questionnaires.imported', { name: template.name }));
        this.templates.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const problems = serverDefinitionProblems(error).map((problem) => {
          const place = problemPlace(this.i18n, problem.path);
          return place ? `${place}: ${problemText(this.i18n, problem)}` : problemText(this.i18n, problem);
        });
        const fallback = apiErrorOf(error)?.message ?? this.i18n.t('errors.generic');
        this.importFailure.set({ file: file.name, problems: problems.length > 0 ? problems : [fallback] });
      },
    });
  }
}

/** A chosen file's text (FileReader: what every browser and the test DOM read files with). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/** The outer shape of an export file; the API checks the definition inside. */
function isExport(content: unknown): content is QuestionnaireExport {
  if (typeof content !== 'object' || content === null) return false;
  const candidate = content as Partial<Record<keyof QuestionnaireExport, unknown>>;
  return candidate.format === 'datenlotse-questionnaire' && typeof candidate.definition === 'object';
}
