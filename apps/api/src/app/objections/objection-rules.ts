import { OBJECTION_OUTCOMES, ObjectionStatus } from '@datenlotse/contracts';

/** Outcomes that only make sense with what was agreed or why it was upheld. */
export const OUTCOMES_NEEDING_A_NOTE: readonly ObjectionStatus[] = ['resolved_partially', 'upheld'];

export const isOutcome = (status: ObjectionStatus): boolean => OBJECTION_OUTCOMES.includes(status);

/** What an edit sends that bears on the status. */
export interface StatusInput {
  status?: ObjectionStatus;
  response?: string | null;
  argumentIds?: readonly string[];
}

/**
 * The status after an edit: a status sent wins; otherwise answering an open objection (a response or
 * arguments from the library) makes it `answered`, and anything else leaves the status as it is.
 */
export function nextObjectionStatus(current: ObjectionStatus, input: StatusInput): ObjectionStatus {
  if (input.status) return input.status;
  const answers = !!input.response?.trim() || (input.argumentIds?.length ?? 0) > 0;
  return current === 'open' && answers ? 'answered' : current;
}

/**
 * When the objection was settled: stamped when an outcome is reached (or changed to another outcome), kept
 * while the same outcome stands, cleared when the objection is reopened.
 */
export function resolvedAtAfter(
  previous: ObjectionStatus,
  previousResolvedAt: Date | null,
  next: ObjectionStatus,
  now: Date,
): Date | null {
  if (!isOutcome(next)) return null;
  if (next === previous && previousResolvedAt) return previousResolvedAt;
  return now;
}

/** Whether the status needs a resolution note that is missing. */
export const missesResolutionNote = (status: ObjectionStatus, note: string | null): boolean =>
  OUTCOMES_NEEDING_A_NOTE.includes(status) && !note?.trim();
