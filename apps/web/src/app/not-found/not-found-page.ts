import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '../i18n/translate.pipe';

@Component({
  selector: 'dl-not-found-page',
  imports: [RouterLink, MatButtonModule, TranslatePipe],
  template: `
    <h1 class="page-title">{{ 'notFound.title' | t }}</h1>
    <p class="page-intro">{{ 'notFound.text' | t }}</p>
    <a mat-flat-button routerLink="/">{{ 'notFound.home' | t }}</a>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
