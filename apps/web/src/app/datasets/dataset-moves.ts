import {
  DatasetMove,
  DatasetRowDto,
  DatasetRule,
  DatasetStage,
  DatasetTransitionFacts,
  datasetMoves,
} from '@datenlotse/contracts';

/** What a move needs to know about the dataset it moves (a list row or the full dataset). */
export interface MoveSubject {
  id: string;
  title: string;
  stage: DatasetStage;
  version: number;
  portalUrl: string | null;
}

/** A move as the screens offer it: allowed or not (and why), and what the user is asked for first. */
export interface OfferedMove {
  to: DatasetStage;
  enabled: boolean;
  /** Why it is refused; null when it is allowed. */
  refusal: DatasetRule | null;
  needsReason: boolean;
  /** Publishing asks for the portal URL (or confirms the one on record) in the same step. */
  asksPortalUrl: boolean;
}

/** The guards' facts of a list row: the row carries them so the board needs no extra request. */
export function factsOfRow(row: DatasetRowDto): DatasetTransitionFacts {
  return {
    unresolvedObjections: row.unresolvedObjections,
    upheldObjections: row.upheldObjections,
    approvalGranted: row.approvalGranted,
    portalUrl: row.portalUrl,
  };
}

/**
 * The contract's moves as the screens offer them. A missing portal URL does not hold publishing up: the
 * move dialog asks for it, and the transition sets it in the same step.
 */
export function offeredMoves(moves: readonly DatasetMove[]): OfferedMove[] {
  return moves.map((move) => {
    const portalOnly = !move.check.ok && move.check.rule === 'portalUrlMissing';
    return {
      to: move.to,
      enabled: move.check.ok || portalOnly,
      refusal: move.check.ok || portalOnly ? null : move.check.rule,
      needsReason: move.needsReason,
      asksPortalUrl: move.to === 'published',
    };
  });
}

/** Every move of a list row, with the same guards the API applies. */
export function rowMoves(row: DatasetRowDto): OfferedMove[] {
  return offeredMoves(datasetMoves(row.stage, factsOfRow(row)));
}

/** Whether the board lets the card be dropped on this stage's column. */
export function acceptsDrop(row: DatasetRowDto, stage: DatasetStage): boolean {
  return rowMoves(row).some((move) => move.to === stage && move.enabled);
}

export function subjectOfRow(row: DatasetRowDto): MoveSubject {
  return { id: row.id, title: row.title, stage: row.stage, version: row.version, portalUrl: row.portalUrl };
}
