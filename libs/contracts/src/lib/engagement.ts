import { EngagementStage } from './departments';

/** The stages the records can prove, lowest first (DESIGN.md 3.1). `paused` is only ever set by hand. */
export const ENGAGEMENT_STAGE_ORDER = [
  'not_contacted',
  'contacted',
  'interview_scheduled',
  'interviewed',
  'agreement',
  'delivering',
  'publishing',
] as const satisfies readonly EngagementStage[];

/** The position of a stage in the order; `paused` stands outside it (-1). */
export function engagementStageRank(stage: EngagementStage): number {
  return (ENGAGEMENT_STAGE_ORDER as readonly EngagementStage[]).indexOf(stage);
}

/**
 * What the records say about a department. Each fact proves "at least" a stage; modules that add records
 * (interviews, agreements, deliveries, publications) add their facts here and to FACT_STAGES.
 */
export interface EngagementFacts {
  /** An interaction with the unit has taken place (a planned one does not count until it happened). */
  contacted: boolean;
  /** An interview is planned or running (a cancelled one does not count). */
  interviewScheduled: boolean;
  /** An interview was completed. */
  interviewed: boolean;
  /** A completed interview recorded an agreement: a first dataset and a delivery date. */
  agreement: boolean;
}

/** Which stage each fact proves, in the stage order. */
const FACT_STAGES: ReadonlyArray<readonly [keyof EngagementFacts, EngagementStage]> = [
  ['contacted', 'contacted'],
  ['interviewScheduled', 'interview_scheduled'],
  ['interviewed', 'interviewed'],
  ['agreement', 'agreement'],
];

/** The highest stage the facts above can speak for; anything higher was derived from records they do not know. */
const HIGHEST_KNOWN_STAGE = FACT_STAGES[FACT_STAGES.length - 1][1];

/**
 * The derived engagement stage: the highest stage the facts prove. A stored stage above what these facts can
 * tell (set from records this rule does not cover yet) is kept, never lowered; below it, the facts decide,
 * so that deleting the only interaction takes a department back to `not_contacted`.
 */
export function deriveEngagementStage(
  facts: EngagementFacts,
  current: EngagementStage = 'not_contacted',
): EngagementStage {
  if (engagementStageRank(current) > engagementStageRank(HIGHEST_KNOWN_STAGE)) return current;
  let derived: EngagementStage = 'not_contacted';
  for (const [fact, stage] of FACT_STAGES) {
    if (facts[fact]) derived = stage;
  }
  return derived;
}
