import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, expectAccessible, screenshot, signIn } from './support';

test('a demo user signs in, sees the shell in German, switches to English and signs out', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page.getByText(DEMO.team)).toBeVisible(); // demo accounts are listed in demo mode

  await page.getByLabel('E-Mail', { exact: true }).fill(DEMO.team);
  await page.getByLabel('Passwort', { exact: true }).fill(DEMO_PASSWORD);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Guten Tag, Tara Team' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await expect(nav.getByRole('link', { name: 'Organisation' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Benutzer' })).toHaveCount(0); // team may not manage users
  await screenshot(page, 'start-team-de-1280');

  await page.getByRole('radio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hello, Tara Team' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  await screenshot(page, 'start-team-en-1280');

  await page.getByRole('button', { name: 'User menu of Tara Team' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('a wrong password is announced on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('E-Mail', { exact: true }).fill(DEMO.team);
  await page.getByLabel('Passwort', { exact: true }).fill('falsches-passwort');
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('alert')).toContainText('E-Mail oder Passwort ist falsch.');
});

test('login and start page have no serious accessibility violations', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'login-de-1280');

  await signIn(page, DEMO.admin);
  await expectAccessible(page);
  await screenshot(page, 'start-admin-de-1280');
});

test('the admin sees the demo users; a department head sees only their Amt', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Benutzer' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Benutzer' })).toBeVisible();
  for (const email of Object.values(DEMO)) await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'users-admin-de-1280');

  await page.context().clearCookies();
  await signIn(page, DEMO.head);
  await expect(page.getByRole('heading', { name: 'Ihre Ämter' })).toBeVisible();
  await expect(page.getByText('Feuerwehr, Rettungsdienst und Bevölkerungsschutz').first()).toBeVisible();
  await expect(page.getByText('Kulturamt')).toHaveCount(0);
  await screenshot(page, 'start-head-de-1280');
});

test('unknown pages show a 404 page with a way home', async ({ page }) => {
  await signIn(page, DEMO.management);
  await page.goto('/gibt-es-nicht');
  await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Guten Tag/ })).toBeVisible();
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation opens from the menu button and the pages fit the width', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, 'login-de-390');

    await signIn(page, DEMO.admin);
    await screenshot(page, 'start-admin-de-390');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Navigation öffnen' }).click();
    await nav.getByRole('link', { name: 'Benutzer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Benutzer' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'users-admin-de-390');
  });
});
