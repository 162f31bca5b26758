import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, openedDialog, screenshot, signIn } from './support';

test('the team adds an Amt below a Dezernat and renames it; management only reads', async ({ page }) => {
  await signIn(page, DEMO.team);
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Organisation' })
    .click();
  await page.getByRole('button', { name: 'Einheit anlegen' }).click();

  const dialog = await openedDialog(page, 'Einheit anlegen');
  await dialog.getByLabel('Name', { exact: true }).fill('Amt für Digitale Teilhabe');
  await dialog.getByLabel('Kurzname').fill('Amt 17');
  await dialog.getByRole('combobox', { name: 'Art' }).click();
  await page.getByRole('option', { name: 'Amt', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Übergeordnete Einheit' }).click();
  await page.getByRole('option', { name: /Dezernat für Wirtschaft und Digitalisierung/ }).click();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();

  await expect(page.getByText('Amt für Digitale Teilhabe wurde angelegt.')).toBeVisible();
  const tree = page.getByRole('region', { name: 'Organisationsbaum' });
  await expect(tree.getByText('Amt für Digitale Teilhabe')).toBeVisible();
  await screenshot(page, 'organisation-team-de-1280');

  await page.getByRole('button', { name: 'Amt für Digitale Teilhabe bearbeiten' }).click();
  const edit = await openedDialog(page, 'Einheit bearbeiten');
  await edit.getByLabel('Name', { exact: true }).fill('Amt für Digitale Teilhabe und Open Data');
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    page.getByText('Änderungen an Amt für Digitale Teilhabe und Open Data gespeichert.'),
  ).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, DEMO.management);
  await page.goto('/organisation');
  await expect(page.getByText('Amt für Digitale Teilhabe und Open Data')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Einheit anlegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /bearbeiten$/ })).toHaveCount(0);
});
