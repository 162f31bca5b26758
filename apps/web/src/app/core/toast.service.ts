import { EnvironmentInjector, Injectable, inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';

/**
 * Short notices at the bottom of the screen. MatSnackBar (with the CDK overlay) is loaded on first use,
 * so it stays out of the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class ToastService {
  private readonly injector = inject(EnvironmentInjector);
  private readonly i18n = inject(I18nService);

  async show(message: string, options: { error?: boolean } = {}): Promise<void> {
    const { MatSnackBar } = await import('@angular/material/snack-bar');
    // The app may have gone while the snack bar loaded (a test ends, the page unloads): nobody to tell.
    if (this.injector.destroyed) return;
    const snackBar = this.injector.get(MatSnackBar);
    snackBar.open(message, this.i18n.t('app.close'), {
      duration: options.error ? 8000 : 4000,
      panelClass: options.error ? 'dl-toast-error' : 'dl-toast',
      politeness: options.error ? 'assertive' : 'polite',
    });
  }
}
