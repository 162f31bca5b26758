import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { DemoAccount } from '@datenlotse/contracts';
import { AppInfoService } from '../core/app-info.service';
import { safeReturnUrl } from '../core/guards';
import { AppIcons } from '../core/icons';
import { loadable } from '../core/loadable';
import { applyServerErrors } from '../core/server-errors';
import { SessionService } from '../core/session.service';
import { TranslationKey } from '../i18n/de';
import { I18nService, TranslationParams } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { isRole, roleLabel } from '../shared/labels';
import { PublicFrame } from '../shared/public-frame';

interface LoginProblem {
  key: TranslationKey;
  params?: TranslationParams;
  details: string[];
}

@Component({
  selector: 'dl-login-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    TranslatePipe,
    FieldErrorPipe,
    PublicFrame,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly submitButton = viewChild.required('submitButton', {
    read: ElementRef<HTMLButtonElement>,
  });

  /** Bound from the query string (`/login?returnUrl=/admin/users`). */
  readonly returnUrl = input<string | undefined>();

  private readonly appInfo = inject(AppInfoService);
  protected readonly info = loadable(() => this.appInfo.info());
  protected readonly submitting = signal(false);
  protected readonly problem = signal<LoginProblem | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
  });

  constructor() {
    inject(AppIcons);
  }

  protected roleName(role: string): string {
    return isRole(role) ? this.i18n.t(roleLabel(role)) : role;
  }

  protected useDemoAccount(account: DemoAccount): void {
    this.form.setValue({ email: account.email, password: account.password });
    this.problem.set(null);
    this.submitButton().nativeElement.focus();
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    this.session.login(this.form.getRawValue()).subscribe({
      next: () => {
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.problem.set(this.describe(error));
      },
    });
  }

  private describe(error: unknown): LoginProblem | null {
    if (!(error instanceof HttpErrorResponse)) return null;
    if (error.status === 401) return { key: 'login.invalid', details: [] };
    if (error.status === 429) {
      const seconds = Number(error.headers.get('Retry-After'));
      return Number.isFinite(seconds) && seconds > 0
        ? {
            key: 'login.rateLimitedSeconds',
            params: { seconds: Math.ceil(seconds) },
            details: [],
          }
        : { key: 'login.rateLimited', details: [] };
    }
    const fields = applyServerErrors(this.form, error, this.i18n);
    if (fields.handled && fields.unmatched.length > 0) {
      return { key: 'errors.generic', details: fields.unmatched };
    }
    // Anything else was toasted by the error interceptor.
    return null;
  }
}
