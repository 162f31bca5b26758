import {
  checkDatasetTransition,
  DATASET_PIPELINE,
  DATASET_RULE_MESSAGES,
  DATASET_STAGES,
  DATASET_TRANSITIONS,
  DatasetStage,
  DatasetTransitionFacts,
  datasetMoves,
  isSideStage,
  isUnpublished,
} from './dataset-stages';

/** Facts under which no guard objects: nothing unresolved, approved, a portal URL, a reason given. */
const CLEAN: DatasetTransitionFacts = {
  unresolvedObjections: 0,
  upheldObjections: 0,
  approvalGranted: true,
  portalUrl: 'https://opendata.duesseldorf.de/dataset/sirenen',
  reason: 'Vereinbart im Gespräch',
};

/**
 * The legal moves, written out here on purpose: a change to the machine must change this table too, so that
 * nobody alters the pipeline by accident.
 */
const LEGAL: Record<DatasetStage, DatasetStage[]> = {
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
  on_hold: ['identified', 'in_clarification', 'agreed', 'delivery_scheduled'],
  rejected: ['identified'],
  withdrawn: ['identified'],
};

const ALL_PAIRS: Array<[DatasetStage, DatasetStage]> = DATASET_STAGES.flatMap((from) =>
  DATASET_STAGES.map((to): [DatasetStage, DatasetStage] => [from, to]),
);
const LEGAL_PAIRS = ALL_PAIRS.filter(([from, to]) => LEGAL[from].includes(to));
const ILLEGAL_PAIRS = ALL_PAIRS.filter(([from, to]) => from !== to && !LEGAL[from].includes(to));

/** The moves towards the portal past clarification: the ones an unsettled objection holds up. */
const TOWARDS_PORTAL: Array<[DatasetStage, DatasetStage]> = [
  ['identified', 'agreed'],
  ['in_clarification', 'agreed'],
  ['agreed', 'delivery_scheduled'],
  ['agreed', 'delivered'],
  ['delivery_scheduled', 'delivered'],
  ['delivered', 'in_review'],
  ['in_review', 'awaiting_approval'],
  ['awaiting_approval', 'approved'],
  ['approved', 'published'],
  ['on_hold', 'agreed'],
  ['on_hold', 'delivery_scheduled'],
];
const isTowardsPortal = ([from, to]: [DatasetStage, DatasetStage]) =>
  TOWARDS_PORTAL.some(([f, t]) => f === from && t === to);

const REASON_STAGES: DatasetStage[] = ['rejected', 'on_hold', 'withdrawn', 'changes_requested'];

describe('dataset stage machine: the legal moves', () => {
  it('has exactly the moves of the table, from every stage', () => {
    expect(Object.keys(DATASET_TRANSITIONS).sort()).toEqual([...DATASET_STAGES].sort());
    for (const stage of DATASET_STAGES) {
      expect([...DATASET_TRANSITIONS[stage]].sort()).toEqual([...LEGAL[stage]].sort());
    }
  });

  it.each(LEGAL_PAIRS)('allows %s → %s when nothing stands in the way', (from, to) => {
    expect(checkDatasetTransition(from, to, CLEAN)).toEqual({ ok: true });
  });

  it.each(ILLEGAL_PAIRS)('refuses %s → %s as not part of the pipeline', (from, to) => {
    expect(checkDatasetTransition(from, to, CLEAN)).toEqual({
      ok: false,
      rule: 'illegalTransition',
      message: DATASET_RULE_MESSAGES.illegalTransition.en,
    });
  });

  it.each(DATASET_STAGES.map((s) => [s]))('refuses to move %s into the stage it is in', (stage) => {
    expect(checkDatasetTransition(stage, stage, CLEAN)).toMatchObject({ ok: false, rule: 'sameStage' });
  });

  it('can reach every stage from identified, and come back to identified from every side stage', () => {
    const reached = new Set<DatasetStage>(['identified']);
    for (let grew = true; grew; ) {
      const before = reached.size;
      for (const stage of [...reached]) LEGAL[stage].forEach((to) => reached.add(to));
      grew = reached.size > before;
    }
    expect([...reached].sort()).toEqual([...DATASET_STAGES].sort());
    for (const side of ['on_hold', 'rejected', 'withdrawn'] as const) {
      expect(LEGAL[side]).toContain('identified');
    }
  });
});

describe('dataset stage machine: the guards', () => {
  const withOpen = { ...CLEAN, unresolvedObjections: 2 };
  const withUpheld = { ...CLEAN, upheldObjections: 1 };

  it.each(TOWARDS_PORTAL)('an open objection holds up %s → %s', (from, to) => {
    expect(checkDatasetTransition(from, to, withOpen)).toEqual({
      ok: false,
      rule: 'openObjection',
      message: DATASET_RULE_MESSAGES.openObjection.en,
    });
  });

  it.each(TOWARDS_PORTAL)('an upheld objection holds up %s → %s', (from, to) => {
    expect(checkDatasetTransition(from, to, withUpheld)).toMatchObject({
      ok: false,
      rule: 'upheldObjection',
    });
  });

  it.each(LEGAL_PAIRS.filter((pair) => !isTowardsPortal(pair)))(
    'objections do not hold up %s → %s (not towards the portal)',
    (from, to) => {
      expect(checkDatasetTransition(from, to, withOpen)).toEqual({ ok: true });
      expect(checkDatasetTransition(from, to, withUpheld)).toEqual({ ok: true });
    },
  );

  it('lets a failed quality check send the data back despite an objection', () => {
    expect(checkDatasetTransition('in_review', 'delivery_scheduled', withOpen)).toEqual({ ok: true });
  });

  it('lets the head ask for changes although an objection is open', () => {
    expect(checkDatasetTransition('awaiting_approval', 'changes_requested', withOpen)).toEqual({ ok: true });
  });

  it('names the open objection first when both kinds are there', () => {
    const both = { ...CLEAN, unresolvedObjections: 1, upheldObjections: 1 };
    expect(checkDatasetTransition('in_clarification', 'agreed', both)).toMatchObject({
      rule: 'openObjection',
    });
  });

  it('refuses approval without the head’s approval, and allows it with', () => {
    expect(
      checkDatasetTransition('awaiting_approval', 'approved', { ...CLEAN, approvalGranted: false }),
    ).toEqual({
      ok: false,
      rule: 'approvalMissing',
      message: DATASET_RULE_MESSAGES.approvalMissing.en,
    });
    expect(checkDatasetTransition('awaiting_approval', 'approved', CLEAN)).toEqual({ ok: true });
  });

  it('asks for the approval only on the move into approved', () => {
    const noApproval = { ...CLEAN, approvalGranted: false };
    expect(checkDatasetTransition('approved', 'published', noApproval)).toEqual({ ok: true });
    expect(checkDatasetTransition('in_review', 'awaiting_approval', noApproval)).toEqual({ ok: true });
  });

  it.each([[null], [''], ['   ']])('refuses to publish with portal URL %p', (portalUrl) => {
    expect(checkDatasetTransition('approved', 'published', { ...CLEAN, portalUrl })).toEqual({
      ok: false,
      rule: 'portalUrlMissing',
      message: DATASET_RULE_MESSAGES.portalUrlMissing.en,
    });
  });

  it('needs the portal URL only for publishing', () => {
    expect(checkDatasetTransition('published', 'maintained', { ...CLEAN, portalUrl: null })).toEqual({
      ok: true,
    });
  });

  const reasonPairs = LEGAL_PAIRS.filter(([, to]) => REASON_STAGES.includes(to));

  it.each(reasonPairs)('needs a reason for %s → %s', (from, to) => {
    for (const reason of [undefined, null, '', '  \n ']) {
      expect(checkDatasetTransition(from, to, { ...CLEAN, reason })).toEqual({
        ok: false,
        rule: 'reasonRequired',
        message: DATASET_RULE_MESSAGES.reasonRequired.en,
      });
    }
    expect(checkDatasetTransition(from, to, { ...CLEAN, reason: 'Amt lehnt ab' })).toEqual({ ok: true });
  });

  it.each(LEGAL_PAIRS.filter(([, to]) => !REASON_STAGES.includes(to)))(
    'needs no reason for %s → %s',
    (from, to) => {
      expect(checkDatasetTransition(from, to, { ...CLEAN, reason: null })).toEqual({ ok: true });
    },
  );

  it('names the pipeline rule before any guard', () => {
    const everythingWrong: DatasetTransitionFacts = {
      unresolvedObjections: 1,
      upheldObjections: 1,
      approvalGranted: false,
      portalUrl: null,
      reason: null,
    };
    expect(checkDatasetTransition('identified', 'published', everythingWrong)).toMatchObject({
      rule: 'illegalTransition',
    });
    expect(checkDatasetTransition('approved', 'approved', everythingWrong)).toMatchObject({
      rule: 'sameStage',
    });
    // a guard of the move itself comes before the missing reason
    expect(checkDatasetTransition('awaiting_approval', 'approved', everythingWrong)).toMatchObject({
      rule: 'openObjection',
    });
  });

  it('has a German and an English message for every rule', () => {
    for (const messages of Object.values(DATASET_RULE_MESSAGES)) {
      expect(messages.de.length).toBeGreaterThan(10);
      expect(messages.en.length).toBeGreaterThan(10);
    }
  });
});

describe('datasetMoves: what menus and the board offer', () => {
  it.each(DATASET_STAGES.map((s) => [s]))('offers every legal move from %s, and only those', (from) => {
    const moves = datasetMoves(from, CLEAN);
    expect(moves.map((m) => m.to)).toEqual(LEGAL[from]);
    expect(moves.every((m) => m.check.ok)).toBe(true);
  });

  it('marks the moves that will ask for a reason, without refusing them for the missing reason', () => {
    const moves = datasetMoves('awaiting_approval', { ...CLEAN, reason: null });
    expect(moves.map((m) => [m.to, m.needsReason, m.check.ok])).toEqual([
      ['approved', false, true],
      ['changes_requested', true, true],
      ['on_hold', true, true],
      ['withdrawn', true, true],
    ]);
  });

  it('carries the guard that refuses a move, for the board to explain', () => {
    const moves = datasetMoves('awaiting_approval', { ...CLEAN, approvalGranted: false });
    expect(moves.find((m) => m.to === 'approved')?.check).toEqual({
      ok: false,
      rule: 'approvalMissing',
      message: DATASET_RULE_MESSAGES.approvalMissing.en,
    });
    const held = datasetMoves('in_clarification', { ...CLEAN, unresolvedObjections: 1 });
    expect(held.filter((m) => !m.check.ok).map((m) => m.to)).toEqual(['agreed']);
  });
});

describe('pipeline and side stages', () => {
  it('puts the board columns in the order of the road to the portal', () => {
    expect(DATASET_PIPELINE).toEqual([
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
    ]);
  });

  it('tells side stages and unpublished ones apart', () => {
    expect(DATASET_STAGES.filter(isSideStage)).toEqual(['on_hold', 'rejected', 'withdrawn']);
    expect(isUnpublished('approved')).toBe(true);
    expect(isUnpublished('published')).toBe(false);
    expect(isUnpublished('maintained')).toBe(false);
    expect(isUnpublished('on_hold')).toBe(false);
  });
});
