/**
 * The dataset pipeline (DESIGN.md 3.2): the one place where its rules live. The API refuses what these
 * functions refuse, and the web app offers only what they allow.
 */

export const DATASET_STAGES = [
  'identified',
  'in_clarification',
  'agreed',
  'delivery_scheduled',
  'delivered',
  'in_review',
  'awaiting_approval',
  'changes_requested',
  'approved',
  'published',
  'maintained',
  'on_hold',
  'rejected',
  'withdrawn',
] as const;
export type DatasetStage = (typeof DATASET_STAGES)[number];

/** The road to publication, in order; the kanban board's columns. The side stages stand outside it. */
export const DATASET_PIPELINE: readonly DatasetStage[] = DATASET_STAGES.filter(
  (stage) => !['on_hold', 'rejected', 'withdrawn'].includes(stage),
);

/** Stages past clarification: a dataset only gets there with every objection settled. */
const PAST_CLARIFICATION: readonly DatasetStage[] = DATASET_PIPELINE.slice(
  DATASET_PIPELINE.indexOf('agreed'),
);

/** Stages before delivery, to which a dataset on hold can return. */
const BEFORE_DELIVERY: readonly DatasetStage[] = [
  'identified',
  'in_clarification',
  'agreed',
  'delivery_scheduled',
];

/** Stages that have not reached the portal yet; from each, the team may put the dataset on hold or withdraw it. */
const UNPUBLISHED: readonly DatasetStage[] = DATASET_PIPELINE.slice(0, DATASET_PIPELINE.indexOf('published'));

/**
 * The legal moves. `in_review → delivery_scheduled` is the failed quality check: the data goes back to the
 * department and a new delivery is awaited.
 */
export const DATASET_TRANSITIONS: Readonly<Record<DatasetStage, readonly DatasetStage[]>> = {
  identified: ['in_clarification', 'agreed', 'on_hold', 'withdrawn'],
  in_clarification: ['agreed', 'rejected', 'on_hold', 'withdrawn'],
  agreed: ['delivery_scheduled', 'delivered', 'on_hold', 'withdrawn'],
  delivery_scheduled: ['delivered', 'on_hold', 'withdrawn'],
  delivered: ['in_review', 'delivery_scheduled', 'on_hold', 'withdrawn'],
  in_review: ['awaiting_approval', 'delivery_scheduled', 'on_hold', 'withdrawn'],
  awaiting_approval: ['approved', 'changes_requested', 'on_hold', 'withdrawn'],
  changes_requested: ['in_review', 'on_hold', 'withdrawn'],
  approved: ['published', 'on_hold', 'withdrawn'],
  published: ['maintained', 'withdrawn'],
  maintained: ['withdrawn'],
  on_hold: BEFORE_DELIVERY,
  rejected: ['identified'],
  withdrawn: ['identified'],
};

/** Why a move can be refused; each has a message in both languages (DATASET_RULE_MESSAGES). */
export const DATASET_RULES = [
  'illegalTransition',
  'sameStage',
  'openObjection',
  'upheldObjection',
  'approvalMissing',
  'portalUrlMissing',
  'reasonRequired',
] as const;
export type DatasetRule = (typeof DATASET_RULES)[number];

export const DATASET_RULE_MESSAGES: Readonly<Record<DatasetRule, { de: string; en: string }>> = {
  illegalTransition: {
    de: 'Dieser Schritt ist im Ablauf nicht vorgesehen.',
    en: 'This move is not part of the pipeline.',
  },
  sameStage: {
    de: 'Der Datensatz ist bereits in dieser Phase.',
    en: 'The dataset is already in this stage.',
  },
  openObjection: {
    de: 'Offene Vorbehalte: Ein Datensatz mit offenem Vorbehalt kommt nicht über die Klärung hinaus.',
    en: 'Open objection: a dataset with an open objection cannot pass clarification.',
  },
  upheldObjection: {
    de: 'Ein Vorbehalt wurde aufrechterhalten: Der Datensatz kann so nicht veröffentlicht werden.',
    en: 'An objection was upheld: the dataset cannot be published as it is.',
  },
  approvalMissing: {
    de: 'Die Freigabe der Amtsleitung liegt nicht vor.',
    en: "The department head's approval is missing.",
  },
  portalUrlMissing: {
    de: 'Zum Veröffentlichen fehlt die Portal-URL.',
    en: 'Publishing needs the portal URL.',
  },
  reasonRequired: {
    de: 'Für diesen Schritt ist eine Begründung nötig.',
    en: 'This move needs a reason.',
  },
};

/** Moves that need a reason in the history. */
export const DATASET_REASON_REQUIRED: readonly DatasetStage[] = [
  'rejected',
  'on_hold',
  'withdrawn',
  'changes_requested',
];

/** What the guards look at; the API fills it from the database, the web app from the dataset it shows. */
export interface DatasetTransitionFacts {
  /** Objections that are `open` or `answered` (no outcome yet). */
  unresolvedObjections: number;
  /** Objections whose outcome is `upheld`. */
  upheldObjections: number;
  /** An approval request of the department's head was approved (DESIGN.md: ApprovalRequest). */
  approvalGranted: boolean;
  portalUrl: string | null;
  reason?: string | null;
}

export type DatasetTransitionCheck = { ok: true } | { ok: false; rule: DatasetRule; message: string };

const refuse = (rule: DatasetRule): DatasetTransitionCheck => ({
  ok: false,
  rule,
  message: DATASET_RULE_MESSAGES[rule].en,
});

const pipelineIndex = (stage: DatasetStage): number => DATASET_PIPELINE.indexOf(stage);

/**
 * Moves that lead away from the portal although the pipeline lists them further on: the head sending the
 * dataset back for changes, and a published dataset settling into its update rhythm (it is on the portal
 * already). Neither may be held up by an objection: the first is often how an objection arises.
 */
const NOT_TOWARDS_PORTAL: readonly DatasetStage[] = ['changes_requested', 'maintained'];

/** A move towards the portal past clarification; moving back (a failed check) or aside is never held up. */
const passesClarification = (from: DatasetStage, to: DatasetStage): boolean =>
  PAST_CLARIFICATION.includes(to) &&
  !NOT_TOWARDS_PORTAL.includes(to) &&
  pipelineIndex(to) > pipelineIndex(from);

/** The guards that do not depend on what the user types. */
function checkGuards(
  from: DatasetStage,
  to: DatasetStage,
  facts: DatasetTransitionFacts,
): DatasetTransitionCheck {
  if (from === to) return refuse('sameStage');
  if (!DATASET_TRANSITIONS[from].includes(to)) return refuse('illegalTransition');
  if (passesClarification(from, to) && facts.unresolvedObjections > 0) return refuse('openObjection');
  if (passesClarification(from, to) && facts.upheldObjections > 0) return refuse('upheldObjection');
  if (to === 'approved' && !facts.approvalGranted) return refuse('approvalMissing');
  if (to === 'published' && !facts.portalUrl?.trim()) return refuse('portalUrlMissing');
  return { ok: true };
}

/** Whether `from → to` is allowed with these facts, and if not, the rule that forbids it. */
export function checkDatasetTransition(
  from: DatasetStage,
  to: DatasetStage,
  facts: DatasetTransitionFacts,
): DatasetTransitionCheck {
  const guards = checkGuards(from, to, facts);
  if (!guards.ok) return guards;
  if (DATASET_REASON_REQUIRED.includes(to) && !facts.reason?.trim()) return refuse('reasonRequired');
  return guards;
}

export interface DatasetMove {
  to: DatasetStage;
  /** The guards' answer; the reason is asked for once the move is chosen, so it does not count here. */
  check: DatasetTransitionCheck;
  needsReason: boolean;
}

/** Every stage reachable from `from` in one move, for menus and the board. */
export function datasetMoves(from: DatasetStage, facts: DatasetTransitionFacts): DatasetMove[] {
  return DATASET_TRANSITIONS[from].map((to) => ({
    to,
    check: checkGuards(from, to, facts),
    needsReason: DATASET_REASON_REQUIRED.includes(to),
  }));
}

/** Side stages: not on the road to the portal. */
export const isSideStage = (stage: DatasetStage): boolean => !DATASET_PIPELINE.includes(stage);

/** Whether the dataset has not reached the portal yet (the list's "in Arbeit"). */
export const isUnpublished = (stage: DatasetStage): boolean => UNPUBLISHED.includes(stage);
