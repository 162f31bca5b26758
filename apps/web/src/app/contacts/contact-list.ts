import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { ContactDto } from '@datenlotse/contracts';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { CrmIcons } from '../organisation/crm-icons';
import { relationshipLabel, relativeDay } from '../organisation/crm-labels';

/**
 * Contacts as cards: function, relationship, email and phone links, last contact. With `canWrite` /
 * `canPrivacy` each card has a menu (edit; GDPR export and erasure). Erased contacts show as "former contact".
 */
@Component({
  selector: 'dl-contact-list',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  template: `
    <ul class="contacts" [attr.aria-label]="label()">
      @for (contact of contacts(); track contact.id) {
        @if (contact.erasedAt || contact.name === null) {
          <li class="card former">
            <span class="name">{{ 'contact.former' | t }}</span>
            <span class="meta">{{ 'contact.formerHint' | t }}</span>
          </li>
        } @else {
          <li class="card" [id]="'contact-' + contact.id">
            <div class="head">
              <div class="who">
                <span class="name">{{ contact.name }}</span>
                @if (contact.title) {
                  <span class="meta">{{ contact.title }}</span>
                }
              </div>
              @if (canWrite() || canPrivacy()) {
                <button
                  mat-icon-button
                  type="button"
                  [matMenuTriggerFor]="menu"
                  [attr.aria-label]="'contact.actions' | t: { name: contact.name }"
                >
                  <mat-icon svgIcon="more_vert" />
                </button>
                <mat-menu #menu="matMenu" xPosition="before">
                  @if (canWrite()) {
                    <button mat-menu-item type="button" (click)="edit.emit(contact)">
                      <mat-icon svgIcon="edit" />
                      <span>{{ 'contact.edit' | t }}</span>
                    </button>
                  }
                  @if (canPrivacy()) {
                    <button mat-menu-item type="button" (click)="gdprExport.emit(contact)">
                      <mat-icon svgIcon="download" />
                      <span>{{ 'contact.gdprExport' | t }}</span>
                    </button>
                    <button mat-menu-item type="button" (click)="erase.emit(contact)">
                      <mat-icon svgIcon="delete_forever" />
                      <span>{{ 'contact.erase' | t }}</span>
                    </button>
                  }
                </mat-menu>
              }
            </div>
            <p class="tags">
              @if (contact.isHead) {
                <span class="tag head-tag">{{ 'contact.head' | t }}</span>
              }
              <span class="tag">{{ relationshipLabel(contact.relationship) | t }}</span>
            </p>
            @if (contact.email; as email) {
              <a class="link" [href]="'mailto:' + email">
                <mat-icon svgIcon="mail" aria-hidden="true" />
                <span class="visually-hidden">{{ 'contact.email' | t: { name: contact.name } }}:</span>
                <span>{{ email }}</span>
              </a>
            }
            @if (contact.phone; as phone) {
              <a class="link" [href]="'tel:' + phone">
                <mat-icon svgIcon="phone" aria-hidden="true" />
                <span class="visually-hidden">{{ 'contact.phone' | t: { name: contact.name } }}:</span>
                <span>{{ phone }}</span>
              </a>
            }
            <span class="meta last">
              @if (contact.lastContactAt) {
                {{ 'contact.lastContact' | t: { when: lastContact(contact) } }}
              } @else {
                {{ 'contact.noContactYet' | t }}
              }
            </span>
          </li>
        }
      }
    </ul>
  `,
  styleUrl: './contact-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactList {
  readonly contacts = input.required<readonly ContactDto[]>();
  /** The list's accessible name ("Amtsleitung", "Kontakte"). */
  readonly label = input.required<string>();
  readonly canWrite = input(false);
  readonly canPrivacy = input(false);
  readonly edit = output<ContactDto>();
  readonly gdprExport = output<ContactDto>();
  readonly erase = output<ContactDto>();

  private readonly i18n = inject(I18nService);
  protected readonly relationshipLabel = relationshipLabel;

  constructor() {
    inject(CrmIcons);
  }

  protected lastContact(contact: ContactDto): string {
    return relativeDay(contact.lastContactAt, this.i18n.locale());
  }
}
