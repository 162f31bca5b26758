import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ImportReport } from '@datenlotse/contracts';
import { ImportReportStep } from './import-report-step';

function report(reject: number): ImportReport {
  return {
    importId: 'imp1',
    counts: { create: 2, update: 1, unchanged: 0, reject },
    rows: [
      { row: 1, action: 'create', label: 'Anna Beispiel', messages: [] },
      { row: 2, action: 'update', label: 'Bernd Muster', messages: [] },
      { row: 3, action: 'create', label: 'Clara Test', messages: ['Possible duplicate of Clara Test'] },
      ...(reject > 0
        ? [{ row: 4, action: 'reject' as const, label: 'Dora', messages: ['Unknown department "Amt 99"'] }]
        : []),
    ],
  };
}

async function render(value: ImportReport): Promise<ComponentFixture<ImportReportStep>> {
  localStorage.clear();
  const fixture = TestBed.createComponent(ImportReportStep);
  fixture.componentRef.setInput('report', value);
  await fixture.whenStable();
  return fixture;
}

function runButton(fixture: ComponentFixture<ImportReportStep>): HTMLButtonElement {
  const buttons = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button'));
  return buttons.find((button) => button.textContent?.trim() === 'Import ausführen') as HTMLButtonElement;
}

describe('ImportReportStep', () => {
  it('counts the rows per result', async () => {
    const fixture = await render(report(1));
    const counts = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('.count')).map((li) =>
      li.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(counts).toEqual(['2 neu', '1 aktualisiert', '0 unverändert', '1 abgelehnt']);
  });

  it('keeps "Import ausführen" disabled while rows would be rejected, and says why', async () => {
    const fixture = await render(report(1));
    const button = runButton(fixture);
    expect(button.disabled).toBe(true);
    const reason = (fixture.nativeElement as HTMLElement).querySelector(
      `#${button.getAttribute('aria-describedby')}`,
    );
    expect(reason?.textContent).toContain('1 Zeilen würden abgelehnt');
  });

  it('offers the run when no row is rejected', async () => {
    const fixture = await render(report(0));
    const runs: unknown[] = [];
    fixture.componentInstance.run.subscribe(() => runs.push(true));
    const button = runButton(fixture);
    expect(button.disabled).toBe(false);
    button.click();
    expect(runs).toHaveLength(1);
  });

  it('filters the table to the rejected rows', async () => {
    const fixture = await render(report(1));
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('tbody tr')).toHaveLength(4);
    (element.querySelector('mat-slide-toggle button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const rows = Array.from(element.querySelectorAll('tbody tr'));
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain('Unknown department "Amt 99"');
  });
});
