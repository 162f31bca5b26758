import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, openedDialog, screenshot, signIn } from './support';

test('the team creates a unit and a contact, logs a meeting, sees it on the timeline and finds the contact', async ({
  page,
}) => {
  await signIn(page, DEMO.team);
  await page.goto('/organisation');
  await page.getByRole('button', { name: 'Einheit anlegen' }).click();
  const unitDialog = await openedDialog(page, 'Einheit anlegen');
  await unitDialog.getByLabel('Name', { exact: true }).fill('Amt für Bürgerbeteiligung');
  await unitDialog.getByLabel('Kurzname').fill('Amt 18');
  await unitDialog.getByRole('combobox', { name: 'Art' }).click();
  await page.getByRole('option', { name: 'Amt', exact: true }).click();
  await unitDialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByText('Amt für Bürgerbeteiligung wurde angelegt.')).toBeVisible();

  await page.getByRole('link', { name: /Amt für Bürgerbeteiligung/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Amt für Bürgerbeteiligung/ })).toBeVisible();

  await page.getByRole('button', { name: 'Kontakt anlegen' }).click();
  const contactDialog = await openedDialog(page, 'Kontakt anlegen');
  await contactDialog.getByLabel('Name', { exact: true }).fill('Frieda Beispielhaft');
  await contactDialog.getByLabel('Funktion / Titel').fill('Amtsleiterin');
  await contactDialog.getByLabel('E-Mail', { exact: true }).fill('frieda.beispielhaft@stadt.example');
  await contactDialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByText('Frieda Beispielhaft wurde angelegt.')).toBeVisible();

  await page.getByRole('button', { name: 'Interaktion erfassen' }).click();
  const meeting = await openedDialog(page, 'Interaktion erfassen');
  await meeting.getByRole('combobox', { name: 'Art' }).click();
  await page.getByRole('option', { name: 'Besprechung', exact: true }).click();
  await meeting.getByLabel('Worum ging es?').fill('Erstgespräch über die Daten der Bürgerhaushalte');
  await meeting.getByRole('combobox', { name: 'Kontakte' }).click();
  await page.getByRole('option', { name: /Frieda Beispielhaft/ }).click();
  await page.keyboard.press('Escape');
  await meeting.getByRole('button', { name: 'Erfassen' }).click();

  const timeline = page.getByRole('region', { name: 'Verlauf' });
  await expect(timeline.getByText('Erstgespräch über die Daten der Bürgerhaushalte')).toBeVisible();
  await expect(timeline.getByText(/Frieda Beispielhaft/).first()).toBeVisible();
  // the page follows the records: the meeting made the unit "contacted", and the contact's creation is an event
  await expect(page.getByText('Kontaktiert', { exact: true }).first()).toBeVisible();
  await expect(timeline.getByText('Tara Team hat einen Kontakt angelegt: Frieda Beispielhaft')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'department-page-team-de-1280');

  await page.goto('/');
  const search = page.getByRole('combobox', { name: 'Suche in Einheiten, Kontakten und Interaktionen' });
  await search.fill('Beispielh');
  await page.getByRole('option', { name: /Frieda Beispielhaft/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Amt für Bürgerbeteiligung/ })).toBeVisible();
});

test('the department head reads the Feuerwehr page without edit actions, also on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.head);
  await page.goto('/organisation');
  await page
    .getByRole('link', { name: /Feuerwehr/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Feuerwehr/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Verlauf' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kontakt anlegen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Interaktion erfassen' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'department-page-head-de-390');
});

test('management filters the department table and the view lives in the address', async ({ page }) => {
  await signIn(page, DEMO.management);
  await page.goto('/organisation?view=table&stage=contacted');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page).toHaveURL(/stage=contacted/);
  await expectAccessible(page);
  await screenshot(page, 'department-table-management-de-1280');
});
