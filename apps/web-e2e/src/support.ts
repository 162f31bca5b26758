import AxeBuilder from '@axe-core/playwright';
import { expect, Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO_PASSWORD = 'datenlotse-demo';
export const DEMO = {
  admin: 'admin@demo.datenlotse.de',
  team: 'team@demo.datenlotse.de',
  head: 'amtsleitung@demo.datenlotse.de',
  management: 'management@demo.datenlotse.de',
};

const SCREENSHOTS = join(__dirname, '../screenshots');

/**
 * Saves a PNG of the whole page to apps/web-e2e/screenshots (git-ignored) for people to look at. The shell
 * scrolls inside its content pane, so the viewport grows to the content's height for the shot.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize();
  const contentHeight = await page.evaluate(() => {
    const pane = document.querySelector('mat-sidenav-content');
    return pane ? pane.scrollHeight + pane.getBoundingClientRect().top : document.body.scrollHeight;
  });
  if (viewport && contentHeight > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height: Math.ceil(contentHeight) });
  }
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('E-Mail', { exact: true }).fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Guten Tag/ })).toBeVisible();
}

/** axe-core on the current page: no serious or critical violations of WCAG 2.1 A/AA. */
export async function expectAccessible(page: Page): Promise<void> {
  await toastsSettled(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const severe = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(severe).toEqual([]);
}

/**
 * The dialog of that name once it has finished opening. Material moves the focus into a dialog when its
 * opening animation ends; text typed before that can land in the field the focus then jumps to (a slow
 * machine made "Amt 18" end up in the name field).
 */
export async function openedDialog(page: Page, name: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect
    .poll(() =>
      dialog.evaluate((container) => {
        const focused = container.ownerDocument.activeElement;
        return !!focused && focused !== container && container.contains(focused);
      }),
    )
    .toBe(true);
  return dialog;
}

/**
 * A toast that is still fading in is half transparent, and Material keeps its text aria-hidden until it has
 * handed it to the live region: axe would judge that moment, not the toast people read. Waits for it.
 */
async function toastsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.mat-mdc-snack-bar-container')).every(
      (toast) =>
        toast.getAnimations({ subtree: true }).every((animation) => animation.playState === 'finished') &&
        !toast.querySelector('[aria-hidden="true"] button'),
    ),
  );
}
