import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { LOCALES, Locale, MAIL_TEMPLATE_KEYS, MailTemplateDto, MailTemplateKey } from '@datenlotse/contracts';
import { loadable } from '../core/loadable';
import { TranslationKey } from '../i18n/de';
import { TranslatePipe } from '../i18n/translate.pipe';
import { LoadState } from '../shared/load-state';
import { MailIcons } from '../outbox/mail-icons';
import { mailTemplateName } from '../outbox/outbox-wording';
import { MailTemplatesService } from './mail-templates.service';

interface TemplateRow {
  key: MailTemplateKey;
  versions: { locale: Locale; template: MailTemplateDto | undefined }[];
}

/** "E-Mail-Vorlagen": the mails Datenlotse sends, each in German and English, marked where an admin changed it. */
@Component({
  selector: 'dl-mail-templates-page',
  imports: [RouterLink, MatIconModule, TranslatePipe, LoadState],
  template: `
    <h1 class="page-title">{{ 'mailTemplates.title' | t }}</h1>
    <p class="page-intro">{{ 'mailTemplates.intro' | t }}</p>
    @if (rows(); as rows) {
      <ul class="templates" [attr.aria-label]="'mailTemplates.listLabel' | t">
        @for (row of rows; track row.key) {
          <li class="template">
            <h2 class="name">{{ templateName(row.key) | t }}</h2>
            <ul class="versions">
              @for (version of row.versions; track version.locale) {
                <li>
                  <a
                    [routerLink]="['/admin/mail-templates', row.key, version.locale]"
                    [attr.aria-label]="
                      'mailTemplates.edit'
                        | t: { name: templateName(row.key) | t, language: languageKey(version.locale) | t }
                    "
                  >
                    <mat-icon svgIcon="mail" aria-hidden="true" />
                    {{ languageKey(version.locale) | t }}
                  </a>
                  @if (version.template?.customised) {
                    <span class="customised">{{ 'mailTemplates.customised' | t }}</span>
                  }
                  @if (version.template?.subject; as subject) {
                    <span class="subject">{{ subject }}</span>
                  }
                </li>
              }
            </ul>
          </li>
        }
      </ul>
    }
    <dl-load-state [status]="templates.status()" (retry)="templates.reload()" />
  `,
  styleUrl: './mail-templates-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailTemplatesPage {
  private readonly service = inject(MailTemplatesService);
  protected readonly templates = loadable(() => this.service.list());
  protected readonly templateName = mailTemplateName;
  protected readonly languageKey = (locale: Locale): TranslationKey => `locale.${locale}`;

  /** Every shipped mail in the order of the contract, German first, whatever order the API answers in. */
  protected readonly rows = computed<TemplateRow[] | null>(() => {
    const templates = this.templates.value();
    if (!templates) return null;
    return MAIL_TEMPLATE_KEYS.map((key) => ({
      key,
      versions: LOCALES.map((locale) => ({
        locale,
        template: templates.find((template) => template.key === key && template.locale === locale),
      })),
    }));
  });

  constructor() {
    inject(MailIcons);
  }
}
