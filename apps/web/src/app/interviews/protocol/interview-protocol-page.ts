import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { ProtocolSection } from '@datenlotse/contracts';
import { AppIcons, registerSvgIcons } from '../../core/icons';
import { loadableFor } from '../../core/loadable-for';
import { TranslationKey } from '../../i18n/de';
import { I18nService } from '../../i18n/i18n.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { LoadState } from '../../shared/load-state';
import { InterviewsService } from '../interviews.service';
import {
  ProtocolColumn,
  listColumns,
  objectionCategoryText,
  objectionStatusText,
  stageText,
} from './protocol-labels';

/** Material Icons (Apache 2.0) of the protocol, inline like the app's others. */
const ICONS: Readonly<Record<string, string>> = {
  print:
    'M19 8H5c-1.66 0-3 1.34-3 3v6h4v4h12v-4h4v-6c0-1.66-1.34-3-3-3zm-3 11H8v-5h8v5zm3-7c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1zm-1-9H6v4h12V3z',
  arrow_back: 'M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z',
};

type Answer = ProtocolSection['answers'][number];

/**
 * The protocol of one interview as a readable document: the answers part by part, the agreed next steps, the
 * new datasets and the objections. Printing it (or saving it as PDF from the print dialog) leaves out the
 * app around it; see the print rules in the stylesheet. Heads of the department read it like the team.
 */
@Component({
  selector: 'dl-interview-protocol-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, LoadState],
  templateUrl: './interview-protocol-page.html',
  styleUrl: './interview-protocol-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InterviewProtocolPage {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly document = inject(DOCUMENT);
  private readonly interviews = inject(InterviewsService);
  protected readonly i18n = inject(I18nService);
  protected readonly protocol = loadableFor(this.id, (id) => this.interviews.protocol(id));
  protected readonly notFound = computed(
    () => this.protocol.status() === 'error' && this.protocol.errorStatus() === 404,
  );
  /** When the page was opened: printed at the protocol's foot. */
  protected readonly now = new Date().toISOString();

  private readonly t = (key: TranslationKey): string => this.i18n.t(key);

  constructor() {
    inject(AppIcons);
    registerSvgIcons(ICONS);
    const title = inject(Title);
    // The title names the department: it is also the file name a browser suggests for "save as PDF".
    effect(() => {
      const protocol = this.protocol.value();
      if (!protocol) return;
      const heading = this.i18n.t('interviewProtocol.heading', { department: protocol.departmentName });
      title.setTitle(`${heading} – ${this.i18n.t('app.name')}`);
    });
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected columns(answer: Answer): ProtocolColumn[] {
    return listColumns(answer.type, answer.rows ?? []);
  }

  protected columnText(column: ProtocolColumn): string {
    return column.number === undefined
      ? this.i18n.t(column.key)
      : this.i18n.t(column.key, { number: column.number });
  }

  protected stage(stage: string): string {
    return stageText(stage, this.t);
  }

  protected category(category: string): string {
    return objectionCategoryText(category, this.t);
  }

  protected objectionStatus(status: string): string {
    return objectionStatusText(status, this.t);
  }
}
