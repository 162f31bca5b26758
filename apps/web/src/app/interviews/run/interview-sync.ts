import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import {
  AnswerValue,
  ConcernRow,
  DatasetCandidateRow,
  InterviewAnswerConflict,
  InterviewAnswerDto,
  InterviewNoteConflict,
  InterviewNoteDto,
  QuestionDefinition,
  SaveInterviewAnswerRequest,
  SaveInterviewNoteRequest,
  interviewPath,
} from '@datenlotse/contracts';
import { Observable } from 'rxjs';
import { HANDLED_STATUSES, apiErrorOf } from '../../core/api-error';

/** An answer (by question key) or the notes of a part (by section key). */
export type SaveKind = 'answer' | 'note';

/** A change not yet on the server: what the user entered and the version it was based on. */
export interface PendingSave {
  kind: SaveKind;
  key: string;
  value: AnswerValue;
  /** The server's version the change was made on (0: there was no answer yet). */
  baseVersion: number;
}

/** Someone else saved the same answer meanwhile: their value beside one's own. */
export interface SaveConflict {
  kind: SaveKind;
  key: string;
  mine: AnswerValue;
  theirs: { value: AnswerValue; version: number; updatedAt: string; updatedByName: string | null };
}

export type SyncState = 'saved' | 'saving' | 'offline' | 'conflict';

interface Entry extends PendingSave {
  /** Counts the edits coalesced into the entry: a save that answers for an older edit keeps the entry. */
  revision: number;
  /** Not sent before this time (ms): text waits until typing pauses. */
  readyAt: number;
}

/** Statuses that mean "not now" rather than "not this": the change stays queued and is tried again. */
const RETRIED = [0, 408, 429, 500, 502, 503, 504];
/** The saves handle every failure themselves: nothing is toasted per keystroke while offline. */
const HANDLED = new HttpContext().set(HANDLED_STATUSES, [...RETRIED, 400, 403, 404, 409, 413, 422]);
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;
const STORAGE_PREFIX = 'datenlotse.interview-pending.';

export function saveId(kind: SaveKind, key: string): string {
  return `${kind}:${key}`;
}

/**
 * What of an answer goes to the server: rows still without a title (or statement) are being typed and would be
 * refused, so they stay on the screen only until they have one.
 */
export function savableValue(question: QuestionDefinition, value: AnswerValue): AnswerValue {
  if (!Array.isArray(value)) return value;
  if (question.type === 'dataset_list') {
    return (value as DatasetCandidateRow[]).filter((row) => row.title.trim() !== '');
  }
  if (question.type === 'objection_list') {
    return (value as ConcernRow[]).filter((row) => row.statement.trim() !== '');
  }
  return value;
}

/**
 * The answers and notes of one interview on their way to the server, so that nothing typed in a meeting is
 * lost when the network drops or the laptop sleeps:
 * - every change is written to localStorage at once (per interview: key → value and base version), edits of
 *   the same key replace each other, and after a reload the stored changes are restored over the server's
 *   values and sent;
 * - changes are sent one at a time in the order they were first made; text waits until typing pauses
 *   (unless a later change is due: then it goes first, as typed so far);
 * - offline (no network, or the browser says so) the queue waits for the `online` event and retries with
 *   backoff;
 * - a 409 (someone saved the same answer meanwhile) holds the change back as a conflict until the user keeps
 *   theirs or takes the colleague's; a 400 shows the server's reason at the question and drops the change.
 * Provided by the interview screen, one per open interview.
 */
@Injectable()
export class InterviewSync {
  private readonly http = inject(HttpClient);
  private readonly window = inject(DOCUMENT).defaultView;

  private interviewId = '';
  /** The server's version of each answer and note, as last seen. */
  private readonly versions = new Map<string, number>();
  private readonly entries = signal<readonly Entry[]>([]);
  private readonly sending = signal<string | null>(null);
  private readonly conflictMap = signal<Readonly<Record<string, SaveConflict>>>({});
  private readonly errorMap = signal<Readonly<Record<string, string>>>({});
  private readonly networkDown = signal(false);
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  /** Changes not yet saved (including held-back conflicts). */
  readonly pendingCount = computed(() => this.entries().length);
  readonly conflicts = computed(() => Object.values(this.conflictMap()));
  /** The server's reasons for refused answers, by save id (`answer:p1_tasks`). */
  readonly errors = this.errorMap.asReadonly();
  readonly offline = this.networkDown.asReadonly();
  readonly state = computed<SyncState>(() => {
    if (this.conflicts().length > 0) return 'conflict';
    if (this.entries().length === 0 && this.sending() === null) return 'saved';
    return this.networkDown() ? 'offline' : 'saving';
  });

  constructor() {
    const onOnline = (): void => this.cameOnline();
    const onOffline = (): void => this.networkDown.set(true);
    this.window?.addEventListener('online', onOnline);
    this.window?.addEventListener('offline', onOffline);
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.clearTimer();
      this.window?.removeEventListener('online', onOnline);
      this.window?.removeEventListener('offline', onOffline);
    });
  }

  /**
   * Starts with the interview as the server has it. Returns the changes stored by an earlier visit that did
   * not reach the server: the caller shows them over the server's values; they are sent right away.
   */
  start(interviewId: string, answers: readonly InterviewAnswerDto[], notes: readonly InterviewNoteDto[]) {
    this.interviewId = interviewId;
    this.versions.clear();
    for (const answer of answers) this.versions.set(saveId('answer', answer.questionKey), answer.version);
    for (const note of notes) this.versions.set(saveId('note', note.sectionKey), note.version);
    const restored = this.readStored();
    this.entries.set(restored.map((save) => ({ ...save, revision: 0, readyAt: 0 })));
    this.networkDown.set(this.browserOffline());
    this.pump();
    return restored;
  }

  /** Queues a change; `delayMs` holds it back until no further change came for that long. */
  queue(kind: SaveKind, key: string, value: AnswerValue, delayMs = 0): void {
    const id = saveId(kind, key);
    const readyAt = Date.now() + delayMs;
    this.errorMap.update((errors) => without(errors, id));
    this.entries.update((entries) => {
      const index = entries.findIndex((entry) => saveId(entry.kind, entry.key) === id);
      if (index === -1) {
        const baseVersion = this.versions.get(id) ?? 0;
        return [...entries, { kind, key, value, baseVersion, revision: 0, readyAt }];
      }
      const entry = entries[index];
      return entries.map((candidate, at) =>
        at === index ? { ...entry, value, revision: entry.revision + 1, readyAt } : candidate,
      );
    });
    this.store();
    this.pump();
  }

  /** Sends everything now, without waiting for typing pauses (before completing, when leaving). */
  flush(): void {
    this.entries.update((entries) => entries.map((entry) => ({ ...entry, readyAt: 0 })));
    this.pump();
  }

  /** Whether a change of this key is waiting (the screen shows the local value, not the server's). */
  isPending(kind: SaveKind, key: string): boolean {
    const id = saveId(kind, key);
    return this.entries().some((entry) => saveId(entry.kind, entry.key) === id);
  }

  /** Keeps one's own value: saves it again over the colleague's version. */
  keepMine(kind: SaveKind, key: string): void {
    const id = saveId(kind, key);
    const conflict = this.conflictMap()[id];
    if (!conflict) return;
    this.versions.set(id, conflict.theirs.version);
    this.entries.update((entries) =>
      entries.map((entry) =>
        saveId(entry.kind, entry.key) === id
          ? { ...entry, baseVersion: conflict.theirs.version, readyAt: 0 }
          : entry,
      ),
    );
    this.conflictMap.update((conflicts) => without(conflicts, id));
    this.store();
    this.pump();
  }

  /** Takes the colleague's value: one's own change is dropped. Returns their value for the screen. */
  takeTheirs(kind: SaveKind, key: string): AnswerValue | undefined {
    const id = saveId(kind, key);
    const conflict = this.conflictMap()[id];
    if (!conflict) return undefined;
    this.versions.set(id, conflict.theirs.version);
    this.entries.update((entries) => entries.filter((entry) => saveId(entry.kind, entry.key) !== id));
    this.conflictMap.update((conflicts) => without(conflicts, id));
    this.store();
    this.pump();
    return conflict.theirs.value;
  }

  /** Sends the next change that is due, one at a time and in order; plans the next attempt. */
  private pump(): void {
    if (this.destroyed || !this.interviewId || this.sending() !== null) return;
    this.clearTimer();
    if (this.networkDown() && this.browserOffline()) return; // the `online` event resumes
    const conflicts = this.conflictMap();
    const waiting = this.entries().filter((entry) => !conflicts[saveId(entry.kind, entry.key)]);
    if (waiting.length === 0) return;
    const now = Date.now();
    // Strictly in order: a change that is due takes the ones before it along, even text still being typed
    // (a choice of a dataset row must not reach the server before the row itself).
    if (!waiting.some((entry) => entry.readyAt <= now)) {
      const soonest = Math.min(...waiting.map((entry) => entry.readyAt));
      this.timer = setTimeout(() => this.pump(), soonest - now);
      return;
    }
    this.send(waiting[0]);
  }

  private send(entry: Entry): void {
    const id = saveId(entry.kind, entry.key);
    this.sending.set(id);
    this.request(entry).subscribe({
      next: (saved) => {
        this.sending.set(null);
        this.failures = 0;
        this.networkDown.set(false);
        this.versions.set(id, saved.version);
        this.entries.update((entries) =>
          entries.flatMap((candidate) => {
            if (saveId(candidate.kind, candidate.key) !== id) return [candidate];
            // Edited again while this was on its way: the newer edit goes next, on the version just made.
            return candidate.revision === entry.revision
              ? []
              : [{ ...candidate, baseVersion: saved.version }];
          }),
        );
        this.store();
        this.pump();
      },
      error: (error: unknown) => {
        this.sending.set(null);
        this.failed(entry, error);
      },
    });
  }

  private failed(entry: Entry, error: unknown): void {
    const id = saveId(entry.kind, entry.key);
    const status = error instanceof HttpErrorResponse ? error.status : 0;
    if (RETRIED.includes(status)) {
      this.networkDown.set(status === 0 || this.browserOffline());
      this.failures++;
      const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (this.failures - 1));
      this.clearTimer();
      this.timer = setTimeout(() => this.pump(), delay);
      return;
    }
    // Signed out (the session ran out): the changes stay stored and go out when the screen is opened again.
    if (status === 401) return;
    this.failures = 0;
    this.networkDown.set(false);
    const body = error instanceof HttpErrorResponse ? (error.error as unknown) : null;
    if (status === 409 && isConflict(body)) {
      const current = body.current;
      const theirs = {
        value: 'body' in current ? current.body : current.value,
        version: current.version,
        updatedAt: current.updatedAt,
        updatedByName: current.updatedByName,
      };
      const mine = this.entries().find((candidate) => saveId(candidate.kind, candidate.key) === id)?.value;
      this.conflictMap.update((conflicts) => ({
        ...conflicts,
        [id]: { kind: entry.kind, key: entry.key, mine: mine ?? entry.value, theirs },
      }));
    } else {
      // Refused for good (invalid, gone, not allowed): the reason shows at the question; the next edit retries.
      const api = apiErrorOf(error);
      const message = api?.fields?.[entry.key]?.join(' ') || api?.message || String(status);
      this.errorMap.update((errors) => ({ ...errors, [id]: message }));
      this.entries.update((entries) =>
        entries.filter(
          (candidate) =>
            saveId(candidate.kind, candidate.key) !== id || candidate.revision !== entry.revision,
        ),
      );
      this.store();
    }
    this.pump();
  }

  private request(entry: Entry): Observable<{ version: number }> {
    // The interviews client's saves would toast every failure; the queue words them itself.
    if (entry.kind === 'note') {
      const body: SaveInterviewNoteRequest = { body: String(entry.value ?? ''), version: entry.baseVersion };
      return this.http.put<InterviewNoteDto>(interviewPath(this.interviewId, 'notes', entry.key), body, {
        context: HANDLED,
      });
    }
    const body: SaveInterviewAnswerRequest = { value: entry.value, version: entry.baseVersion };
    return this.http.put<InterviewAnswerDto>(interviewPath(this.interviewId, 'answers', entry.key), body, {
      context: HANDLED,
    });
  }

  private cameOnline(): void {
    this.networkDown.set(false);
    this.failures = 0;
    this.pump();
  }

  private browserOffline(): boolean {
    return this.window?.navigator.onLine === false;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private storageKey(): string {
    return `${STORAGE_PREFIX}${this.interviewId}`;
  }

  private store(): void {
    try {
      const storage = this.window?.localStorage;
      if (!storage) return;
      const saves: PendingSave[] = this.entries().map(({ kind, key, value, baseVersion }) => ({
        kind,
        key,
        value,
        baseVersion,
      }));
      if (saves.length === 0) storage.removeItem(this.storageKey());
      else storage.setItem(this.storageKey(), JSON.stringify(saves));
    } catch {
      // Storage full or unavailable: the changes still go to the server from memory.
    }
  }

  private readStored(): PendingSave[] {
    try {
      const text = this.window?.localStorage.getItem(this.storageKey());
      const parsed: unknown = text ? JSON.parse(text) : [];
      return Array.isArray(parsed) ? parsed.filter(isPendingSave) : [];
    } catch {
      return [];
    }
  }
}

function without<T>(record: Readonly<Record<string, T>>, id: string): Readonly<Record<string, T>> {
  if (!(id in record)) return record;
  const copy = { ...record };
  delete copy[id];
  return copy;
}

function isPendingSave(value: unknown): value is PendingSave {
  if (typeof value !== 'object' || value === null) return false;
  const save = value as Partial<PendingSave>;
  return (
    (save.kind === 'answer' || save.kind === 'note') &&
    typeof save.key === 'string' &&
    typeof save.baseVersion === 'number' &&
    'value' in save
  );
}

function isConflict(body: unknown): body is InterviewAnswerConflict | InterviewNoteConflict {
  if (typeof body !== 'object' || body === null) return false;
  const current = (body as { current?: unknown }).current;
  return (
    typeof current === 'object' &&
    current !== null &&
    typeof (current as { version?: unknown }).version === 'number'
  );
}
