import { CdkDrag, CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  API_ROUTES,
  DATASET_STAGES,
  DatasetRowDto,
  DatasetStage,
  DatasetTransitionRequest,
  datasetPath,
} from '@datenlotse/contracts';
import { SessionService } from '../core/session.service';
import { DatasetBoard } from './dataset-board';
import { boardFixture, datasetFixture, datasetRowFixture } from './dataset-fixtures';
import { datasetViewFromParams } from './dataset-list-query';

/** A candidate with an objection nobody has answered yet: it may go into clarification, not past it. */
const sirens = datasetRowFixture('ds-1', 'Sirenenstandorte', { unresolvedObjections: 1 });

async function render(cards: DatasetRowDto[]): Promise<{
  fixture: ComponentFixture<DatasetBoard>;
  backend: HttpTestingController;
}> {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const signedIn = TestBed.inject(SessionService).ensureLoaded();
  backend.expectOne(API_ROUTES.me).flush({
    user: { id: 'u-team', email: 't@x.de', name: 'Tara Team', role: 'team', locale: 'de', departmentIds: [] },
  });
  await signedIn;
  const fixture = TestBed.createComponent(DatasetBoard);
  fixture.componentRef.setInput('view', datasetViewFromParams({ view: 'board' }));
  await fixture.whenStable();
  backend.expectOne(API_ROUTES.datasetBoard).flush(boardFixture(cards, DATASET_STAGES));
  await fixture.whenStable();
  return { fixture, backend };
}

function board(fixture: ComponentFixture<DatasetBoard>): DatasetBoard {
  return fixture.componentInstance;
}

/** What cdkDropList hands to the enter predicate and the drop handler. */
function drag(card: DatasetRowDto): CdkDrag<DatasetRowDto> {
  return { data: card } as unknown as CdkDrag<DatasetRowDto>;
}

function column(stage: DatasetStage): CdkDropList<DatasetStage> {
  return { data: stage } as unknown as CdkDropList<DatasetStage>;
}

function drop(card: DatasetRowDto, to: DatasetStage): CdkDragDrop<DatasetStage, DatasetStage, DatasetRowDto> {
  return {
    item: drag(card),
    container: column(to),
    previousContainer: column(card.stage),
  } as unknown as CdkDragDrop<DatasetStage, DatasetStage, DatasetRowDto>;
}

function cardsIn(fixture: ComponentFixture<DatasetBoard>, stage: DatasetStage): string[] {
  const section = (fixture.nativeElement as HTMLElement)
    .querySelector(`#column-${stage}`)
    ?.closest('section');
  return Array.from(section?.querySelectorAll('.card-title') ?? []).map(
    (link) => link.textContent?.trim() ?? '',
  );
}

function transitionRequest(backend: HttpTestingController): TestRequest {
  return backend.expectOne(
    (request) => request.method === 'POST' && request.url === datasetPath('ds-1', 'transitions'),
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Waits (up to two seconds) until the condition holds: dialogs close and snack bars open asynchronously. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; waited < 2000 && !condition(); waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('DatasetBoard', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((node) => node.remove()));

  it('lets a card only into the columns the state machine allows, and greys out the others while dragging', async () => {
    const { fixture } = await render([sirens]);
    const accepts = board(fixture)['enterPredicate'];

    expect(accepts(drag(sirens), column('in_clarification'))).toBe(true);
    // The open objection holds the dataset in clarification (rule openObjection).
    expect(accepts(drag(sirens), column('agreed'))).toBe(false);
    // Not a move of the pipeline at all.
    expect(accepts(drag(sirens), column('published'))).toBe(false);
    // Back to where it came from is always fine.
    expect(accepts(drag(sirens), column('identified'))).toBe(true);

    board(fixture)['dragStarted'](sirens);
    await fixture.whenStable();
    const section = (stage: DatasetStage) =>
      (fixture.nativeElement as HTMLElement).querySelector(`#column-${stage}`)?.closest('section');
    expect(section('agreed')?.classList).toContain('refused');
    expect(section('agreed')?.textContent).toContain('Hierhin nicht möglich');
    expect(section('in_clarification')?.classList).not.toContain('refused');
    expect(fixture.nativeElement.textContent).toContain(
      '„Sirenenstandorte“ kann nach: In Klärung, Zurückgestellt, Zurückgezogen.',
    );
  });

  it('asks for the reason before a move that needs one, and sends it with the move', async () => {
    const { fixture, backend } = await render([sirens]);
    board(fixture)['dropped'](drop(sirens, 'on_hold'));
    await fixture.whenStable();
    await settle();

    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain('Nach „Zurückgestellt“ verschieben');
    backend.expectNone(datasetPath('ds-1', 'transitions'));

    const reason = dialog?.querySelector('textarea') as HTMLTextAreaElement;
    reason.value = 'Leitstelle zieht um';
    reason.dispatchEvent(new Event('input'));
    (dialog?.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();

    const request = transitionRequest(backend);
    expect(request.request.body as DatasetTransitionRequest).toEqual({
      to: 'on_hold',
      version: 1,
      reason: 'Leitstelle zieht um',
    });
    request.flush(datasetFixture('ds-1', 'Sirenenstandorte', { stage: 'on_hold', version: 2 }));
    await until(() => board(fixture)['pending']() === null);
    await fixture.whenStable();
    backend
      .expectOne(API_ROUTES.datasetBoard)
      .flush(boardFixture([{ ...sirens, stage: 'on_hold', version: 2 }], DATASET_STAGES));
    await fixture.whenStable();
    expect(cardsIn(fixture, 'identified')).toEqual([]);
    expect(cardsIn(fixture, 'on_hold')).toEqual(['Sirenenstandorte']);
  });

  it('puts a card back and names the rule in German when the API refuses the move', async () => {
    const free = datasetRowFixture('ds-1', 'Sirenenstandorte');
    const { fixture, backend } = await render([free]);
    board(fixture)['dropped'](drop(free, 'agreed'));
    await fixture.whenStable();
    expect(cardsIn(fixture, 'agreed')).toEqual(['Sirenenstandorte']);

    // Someone recorded an objection in the meantime: the API refuses with the rule.
    transitionRequest(backend).flush(
      { statusCode: 409, error: 'Conflict', message: 'Open objection', rule: 'openObjection' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    await settle();
    expect(cardsIn(fixture, 'agreed')).toEqual([]);
    expect(cardsIn(fixture, 'identified')).toEqual(['Sirenenstandorte']);
    expect(document.body.textContent).toContain(
      'Offene Vorbehalte: Ein Datensatz mit offenem Vorbehalt kommt nicht über die Klärung hinaus.',
    );
  });

  it('offers every move in the card menu, the refused ones with their reason', async () => {
    const { fixture } = await render([sirens]);
    const moveButton = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('button.move');
    expect(moveButton?.getAttribute('aria-label')).toBe('„Sirenenstandorte“ verschieben');
    moveButton?.click();
    await fixture.whenStable();
    const items = Array.from(document.querySelectorAll('.move-item')).map((item) => ({
      to: item.querySelector('.move-to')?.textContent?.trim(),
      why: item.querySelector('.move-why')?.textContent?.replace(/\s+/g, ' ').trim(),
      refused: item.classList.contains('refused'),
    }));
    expect(items).toEqual([
      { to: 'Nach „In Klärung“', why: undefined, refused: false },
      {
        to: 'Nach „Vereinbart“',
        why: 'Nicht möglich: Offene Vorbehalte: Ein Datensatz mit offenem Vorbehalt kommt nicht über die Klärung hinaus.',
        refused: true,
      },
      { to: 'Nach „Zurückgestellt“', why: 'Mit Begründung', refused: false },
      { to: 'Nach „Zurückgezogen“', why: 'Mit Begründung', refused: false },
    ]);
  });
});
