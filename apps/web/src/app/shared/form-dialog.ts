import { MatDialogConfig } from '@angular/material/dialog';

/** How every create/edit form dialog opens: 560 px wide, the full width on a phone, focus in the first field. */
export function formDialogConfig<D>(data: D): MatDialogConfig<D> {
  return { data, width: '560px', maxWidth: 'calc(100vw - 24px)', autoFocus: 'first-tabbable' };
}
