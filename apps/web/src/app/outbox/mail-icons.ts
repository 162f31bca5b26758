import { Injectable } from '@angular/core';
import { registerSvgIcons } from '../core/icons';

/**
 * The icons of the mail screens (outbox, templates), registered like those of `AppIcons`: inline SVG paths
 * (Material Icons, Apache 2.0), nothing fetched. Injecting `MailIcons` registers them once.
 */
const ICONS: Readonly<Record<string, string>> = {
  outbox:
    'M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 12h-4c0 1.66-1.35 3-3 3s-3-1.34-3-3H5V5h14v10zM8 11h2v3h4v-3h2l-4-4-4 4z',
  mail: 'M20 4H4c-1.1 0-1.99.9-1.99 2L2 18c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V6c0-1.1-.9-2-2-2zm0 4-8 5-8-5V6l8 5 8-5v2z',
  send: 'M2.01 21 23 12 2.01 3 2 10l15 2-15 2z',
  visibility:
    'M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5zM12 17c-2.76 0-5-2.24-5-5s2.24-5 5-5 5 2.24 5 5-2.24 5-5 5zm0-8c-1.66 0-3 1.34-3 3s1.34 3 3 3 3-1.34 3-3-1.34-3-3-3z',
  arrow_back: 'M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z',
  info: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z',
};

@Injectable({ providedIn: 'root' })
export class MailIcons {
  constructor() {
    registerSvgIcons(ICONS);
  }
}
