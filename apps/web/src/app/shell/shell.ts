import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import { ApprovalIcons } from '../approvals/approval-icons';
import { AppIcons } from '../core/icons';
import { PipelineIcons } from '../datasets/pipeline-icons';
import { DeliveryIcons } from '../deliveries/delivery-icons';
import { MailIcons } from '../outbox/mail-icons';
import { SessionService } from '../core/session.service';
import { TranslatePipe } from '../i18n/translate.pipe';
import { roleLabel } from '../shared/labels';
import { LanguageSwitch } from '../shared/language-switch';
import { SkipLink } from '../shared/skip-link';
import { SearchBox } from '../search/search-box';
import { TaskCountBadge } from '../tasks/task-count-badge';
import { WorkIcons } from '../timeline/work-icons';
import { navItemsFor } from './nav';

/** Width from which the navigation stays open beside the content. */
export const WIDE_LAYOUT_QUERY = '(min-width: 960px)';

/** The frame of every signed-in page: toolbar, navigation, main content. */
@Component({
  selector: 'dl-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslatePipe,
    LanguageSwitch,
    SkipLink,
    SearchBox,
    TaskCountBadge,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly sidenav = viewChild.required(MatSidenav);

  protected readonly user = this.session.user;
  protected readonly navItems = computed(() => navItemsFor(this.session.role()));
  protected readonly roleLabel = roleLabel;
  /** Whether the (narrow-screen) navigation drawer is open. */
  protected readonly navOpen = signal(false);
  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe(WIDE_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: true },
  );

  constructor() {
    // The navigation shows icons of every section, before any of their screens is opened.
    inject(AppIcons);
    inject(WorkIcons);
    inject(PipelineIcons);
    inject(DeliveryIcons);
    inject(MailIcons);
    inject(ApprovalIcons);
  }

  protected navigated(): void {
    if (!this.wide()) void this.sidenav().close();
  }

  protected logout(): void {
    const done = (): void => void this.router.navigateByUrl('/login');
    this.session.logout().subscribe({ next: done, error: done });
  }
}
