import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { API_ROUTES, DepartmentDto, DepartmentKind } from '@datenlotse/contracts';
import { DepartmentDialog, DepartmentDialogData } from './department-dialog';
import { departmentFixture } from '../testing/fixtures';

const unit = (
  id: string,
  name: string,
  shortName: string | null,
  kind: DepartmentKind,
  parentId: string | null = null,
) => departmentFixture(id, name, shortName, kind, parentId, 3);

const departments: DepartmentDto[] = [
  unit('d1', 'Dezernat des Oberbürgermeisters', 'Dezernat 1', 'dezernat'),
  unit('a12', 'Amt für Statistik und Wahlen', 'Amt 12', 'amt', 'd1'),
  unit('a12-1', 'Abteilung Wahlen', null, 'abteilung', 'a12'),
  unit('a12-1-1', 'Sachgebiet Open Data', null, 'abteilung', 'a12-1'),
  unit('d2', 'Dezernat für Ordnung', 'Dezernat 2', 'dezernat'),
  unit('a37', 'Feuerwehr', 'Amt 37', 'amt', 'd2'),
];
const amt12 = departments[1];

describe('DepartmentDialog', () => {
  let closed: unknown[];

  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  async function render(data: DepartmentDialogData): Promise<ComponentFixture<DepartmentDialog>> {
    closed = [];
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close: (result?: unknown) => closed.push(result) } },
      ],
    });
    const fixture = TestBed.createComponent(DepartmentDialog);
    await fixture.whenStable();
    return fixture;
  }

  async function parentOptionTexts(fixture: ComponentFixture<DepartmentDialog>): Promise<string[]> {
    const element = fixture.nativeElement as HTMLElement;
    const triggers = element.querySelectorAll<HTMLElement>('.mat-mdc-select-trigger');
    triggers[1].click(); // [0] is "Art", [1] "Übergeordnete Einheit"
    await fixture.whenStable();
    return Array.from(document.querySelectorAll('mat-option')).map(
      (option) => option.textContent?.trim() ?? '',
    );
  }

  function input(fixture: ComponentFixture<DepartmentDialog>, name: string, value: string): void {
    const field = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
      `[formcontrolname="${name}"]`,
    );
    if (!field) throw new Error(`no field ${name}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }

  function submit(fixture: ComponentFixture<DepartmentDialog>): void {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  }

  it('offers every unit, indented, plus "none" when creating', async () => {
    const fixture = await render({ mode: 'create', departments });
    expect(await parentOptionTexts(fixture)).toEqual([
      '— keine (oberste Ebene) —',
      'Dezernat 1 – Dezernat des Oberbürgermeisters',
      'Amt 12 – Amt für Statistik und Wahlen',
      'Abteilung Wahlen',
      'Sachgebiet Open Data',
      'Dezernat 2 – Dezernat für Ordnung',
      'Amt 37 – Feuerwehr',
    ]);
  });

  it('leaves the unit itself and all its sub-units out of the parent options when editing', async () => {
    const fixture = await render({ mode: 'edit', department: amt12, departments });
    expect(await parentOptionTexts(fixture)).toEqual([
      '— keine (oberste Ebene) —',
      'Dezernat 1 – Dezernat des Oberbürgermeisters',
      'Dezernat 2 – Dezernat für Ordnung',
      'Amt 37 – Feuerwehr',
    ]);
  });

  it('sends only the version and the changed fields when saving', async () => {
    const fixture = await render({ mode: 'edit', department: amt12, departments });
    input(fixture, 'name', '  Amt für Statistik  ');
    input(fixture, 'website', 'https://www.example.de/statistik');
    submit(fixture);
    const request = TestBed.inject(HttpTestingController).expectOne(`${API_ROUTES.departments}/a12`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      version: 3,
      name: 'Amt für Statistik',
      website: 'https://www.example.de/statistik',
    });
    const saved = { ...amt12, name: 'Amt für Statistik', version: 4 };
    request.flush(saved);
    expect(closed).toEqual([{ kind: 'saved', department: saved }]);
  });

  it('sends only the filled fields when creating', async () => {
    const fixture = await render({ mode: 'create', departments });
    input(fixture, 'name', 'Amt für Digitales');
    input(fixture, 'shortName', ' ');
    submit(fixture);
    const request = TestBed.inject(HttpTestingController).expectOne(API_ROUTES.departments);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ name: 'Amt für Digitales', kind: 'amt' });
  });

  it('shows a cycle reported by the server at the parent field', async () => {
    const fixture = await render({ mode: 'edit', department: amt12, departments });
    fixture.componentInstance['form'].controls.parentId.setValue('d2');
    submit(fixture);
    TestBed.inject(HttpTestingController)
      .expectOne(`${API_ROUTES.departments}/a12`)
      .flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Validation failed',
          fields: { parentId: ['would create a cycle'] },
          codes: { parentId: ['wouldCreateCycle'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    const error = (fixture.nativeElement as HTMLElement).querySelector('mat-error');
    expect(error?.textContent?.trim()).toBe(
      'Eine Einheit kann nicht unter sich selbst oder ihre Untereinheiten gehängt werden.',
    );
    expect(closed).toEqual([]);
  });

  it('closes as stale on 409 so the page reloads', async () => {
    const fixture = await render({ mode: 'edit', department: amt12, departments });
    input(fixture, 'notes', 'Wahlstatistik');
    submit(fixture);
    TestBed.inject(HttpTestingController)
      .expectOne(`${API_ROUTES.departments}/a12`)
      .flush({ statusCode: 409, message: 'stale', current: amt12 }, { status: 409, statusText: 'Conflict' });
    expect(closed).toEqual([{ kind: 'stale' }]);
  });
});
