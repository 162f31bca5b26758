import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { OutboxMailDto } from '@datenlotse/contracts';
import { catchError, of } from 'rxjs';
import { TranslatePipe } from '../i18n/translate.pipe';
import { OutboxService } from './outbox.service';
import { kilobytes } from './outbox-wording';

/**
 * A mail as its recipients get it: subject, recipients, attachments, the HTML part and the text part. The HTML
 * part is shown in an iframe with an empty `sandbox` (no scripts, no forms, no same-origin access), so that
 * whatever a template produces cannot act in the app.
 */
@Component({
  selector: 'dl-outbox-preview-dialog',
  imports: [MatDialogModule, MatButtonModule, MatProgressBarModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'outbox.previewTitle' | t }}</h2>
    <mat-dialog-content>
      <dl class="facts">
        <dt>{{ 'outbox.previewSubject' | t }}</dt>
        <dd>{{ data.subject }}</dd>
        <dt>{{ 'outbox.previewTo' | t }}</dt>
        <dd>{{ data.to.join(', ') }}</dd>
        @if (data.cc.length > 0) {
          <dt>{{ 'outbox.previewCc' | t }}</dt>
          <dd>{{ data.cc.join(', ') }}</dd>
        }
        @if (data.attachments.length > 0) {
          <dt>{{ 'outbox.previewAttachments' | t }}</dt>
          <dd>
            <ul class="attachments">
              @for (attachment of data.attachments; track attachment.fileName) {
                <li>
                  {{ attachment.fileName }} ({{ attachment.contentType }},
                  {{ 'outbox.size' | t: { kb: kb(attachment.size) } }})
                </li>
              }
            </ul>
          </dd>
        }
      </dl>
      @if (preview(); as mail) {
        <h3>{{ 'outbox.previewHtml' | t }}</h3>
        <iframe class="html" sandbox="" [srcdoc]="html()" [title]="'outbox.previewFrame' | t"></iframe>
        <h3>{{ 'outbox.previewText' | t }}</h3>
        <pre class="text" tabindex="0" [attr.aria-label]="'outbox.previewText' | t">{{ mail.text }}</pre>
      } @else if (failed()) {
        <p class="error">{{ 'app.loadFailed' | t }}</p>
      } @else {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'app.close' | t }}</button>
    </mat-dialog-actions>
  `,
  styleUrl: './outbox-preview-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPreviewDialog {
  protected readonly data = inject<OutboxMailDto>(MAT_DIALOG_DATA);
  private readonly sanitizer = inject(DomSanitizer);

  private readonly answer = toSignal(
    inject(OutboxService)
      .preview(this.data.id)
      .pipe(catchError(() => of('failed' as const))),
  );
  protected readonly preview = computed(() => {
    const answer = this.answer();
    return answer && answer !== 'failed' ? answer : null;
  });
  protected readonly failed = computed(() => this.answer() === 'failed');
  // The sandbox keeps the markup inert; Angular's sanitizer would strip the mail's inline styles.
  protected readonly html = computed<SafeHtml>(() =>
    this.sanitizer.bypassSecurityTrustHtml(this.preview()?.html ?? ''),
  );
  protected readonly kb = kilobytes;
}
