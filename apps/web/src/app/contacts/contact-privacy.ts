import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { ContactDto, ContactExport } from '@datenlotse/contracts';
import { Observable, filter, switchMap, tap } from 'rxjs';
import { ToastService } from '../core/toast.service';
import { I18nService } from '../i18n/i18n.service';
import { ConfirmDialog, ConfirmDialogData } from '../shared/confirm-dialog';
import { ContactsService } from './contacts.service';

/** "Dr. Anna Müller" ⇒ "auskunft-dr-anna-muller-2025-03-01.json". */
export function exportFileName(contact: ContactDto, today = new Date()): string {
  const slug = (contact.name ?? 'kontakt')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `auskunft-${slug || 'kontakt'}-${today.toISOString().slice(0, 10)}.json`;
}

/** The GDPR actions on a contact (team and admin): the Art. 15 export and the Art. 17 erasure. */
@Injectable({ providedIn: 'root' })
export class ContactPrivacy {
  private readonly contacts = inject(ContactsService);
  private readonly dialog = inject(MatDialog);
  private readonly toast = inject(ToastService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  /** Downloads everything stored about the person as a JSON file. */
  downloadExport(contact: ContactDto): void {
    this.contacts.gdprExport(contact.id).subscribe((data) => {
      this.save(data, exportFileName(contact));
      void this.toast.show(this.i18n.t('contact.exported', { name: contact.name ?? '' }));
    });
  }

  /** Asks first (the erasure cannot be undone), then erases; emits the erased contact, nothing when cancelled. */
  erase(contact: ContactDto): Observable<ContactDto> {
    const data: ConfirmDialogData = {
      title: this.i18n.t('contact.confirmEraseTitle'),
      text: this.i18n.t('contact.confirmEraseText', { name: contact.name ?? '' }),
      confirm: this.i18n.t('contact.confirmErase'),
      danger: true,
    };
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, width: '480px' })
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => this.contacts.erase(contact)),
        tap(() => void this.toast.show(this.i18n.t('contact.erased'))),
      );
  }

  private save(data: ContactExport, fileName: string): void {
    const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
