import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { PASSWORD_MIN_LENGTH } from '@datenlotse/contracts';
import { AppInfoService } from '../core/app-info.service';
import { loadable } from '../core/loadable';
import { applyServerErrors } from '../core/server-errors';
import { SessionService } from '../core/session.service';
import { TranslationKey } from '../i18n/de';
import { I18nService } from '../i18n/i18n.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { FieldErrorPipe } from '../shared/field-error.pipe';
import { PublicFrame } from '../shared/public-frame';

/** On the repeat control: must equal the control named `password` next to it. */
export const matchesPassword: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const password: unknown = control.parent?.get('password')?.value;
  return control.value && control.value !== password ? { passwordMismatch: true } : null;
};

@Component({
  selector: 'dl-invite-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    PublicFrame,
  ],
  template: `
    <dl-public-frame [municipality]="info.value()?.municipalityName">
      <mat-card class="card" appearance="outlined">
        <mat-card-content>
          <h1 class="title">{{ 'invite.title' | t }}</h1>
          <p class="intro">{{ 'invite.intro' | t }}</p>

          <div class="problem" role="alert" aria-live="assertive" aria-atomic="true">
            @if (problem(); as problem) {
              <p>{{ problem.key | t }}</p>
              @for (detail of problem.details; track $index) {
                <p>{{ detail }}</p>
              }
              @if (problem.key === 'invite.invalid') {
                <p>
                  <a routerLink="/login">{{ 'invite.toLogin' | t }}</a>
                </p>
              }
            }
          </div>

          <form class="form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'invite.password' | t }}</mat-label>
              <input
                matInput
                formControlName="password"
                type="password"
                autocomplete="new-password"
                required
              />
              <mat-hint>{{ 'invite.passwordHint' | t: { min: minLength } }}</mat-hint>
              <mat-error>{{ form.controls.password | fieldError }}</mat-error>
            </mat-form-field>

            <mat-form-field appearance="outline">
              <mat-label>{{ 'invite.passwordRepeat' | t }}</mat-label>
              <input matInput formControlName="repeat" type="password" autocomplete="new-password" required />
              <mat-error>{{ form.controls.repeat | fieldError }}</mat-error>
            </mat-form-field>

            <button mat-flat-button type="submit" class="submit" [disabled]="submitting()">
              {{ 'invite.submit' | t }}
            </button>
          </form>
        </mat-card-content>
      </mat-card>
    </dl-public-frame>
  `,
  styles: `
    .card {
      width: min(100%, 440px);
    }
    .title {
      font: var(--mat-sys-headline-medium);
      margin: 8px 0 4px;
    }
    .intro {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 16px;
    }
    .problem:empty {
      display: none;
    }
    .problem {
      margin-bottom: 16px;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .problem p {
      margin: 0 0 4px;
    }
    .problem a {
      color: inherit;
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .submit {
      height: 48px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitePage {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly appInfo = inject(AppInfoService);
  private readonly i18n = inject(I18nService);
  protected readonly info = loadable(() => this.appInfo.info());

  /** From the path `/invite/:token`. */
  readonly token = input.required<string>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly submitting = signal(false);
  protected readonly problem = signal<{
    key: TranslationKey;
    details: string[];
  } | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
    repeat: ['', [Validators.required, matchesPassword]],
  });

  constructor() {
    // The repeat check depends on the first field too.
    this.form.controls.password.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.form.controls.repeat.updateValueAndValidity({ emitEvent: false }));
  }

  protected submit(): void {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    this.session
      .acceptInvite({
        token: this.token(),
        password: this.form.controls.password.value,
      })
      .subscribe({
        next: () => void this.router.navigateByUrl('/'),
        error: (error: unknown) => {
          this.submitting.set(false);
          const fields = applyServerErrors(this.form, error, this.i18n);
          if (fields.handled) {
            // A field the form does not have (the token) means the link itself is bad.
            if (fields.unmatched.length > 0) {
              this.problem.set({
                key: 'invite.invalid',
                details: fields.unmatched,
              });
            }
          } else if (error instanceof HttpErrorResponse && error.status >= 400 && error.status < 500) {
            this.problem.set({ key: 'invite.invalid', details: [] });
          }
          // Server and network failures were toasted by the error interceptor.
        },
      });
  }
}
