import {
  deriveEngagementStage,
  EngagementFacts,
  ENGAGEMENT_STAGE_ORDER,
  engagementStageRank,
} from './engagement';

const NONE: EngagementFacts = {
  contacted: false,
  interviewScheduled: false,
  interviewed: false,
  agreement: false,
};
const facts = (given: Partial<EngagementFacts>): EngagementFacts => ({ ...NONE, ...given });

describe('derived engagement stage', () => {
  it('starts a department at not_contacted and moves it to contacted once an interaction took place', () => {
    expect(deriveEngagementStage(facts({ contacted: false }))).toBe('not_contacted');
    expect(deriveEngagementStage(facts({ contacted: true }))).toBe('contacted');
  });

  it('goes back to not_contacted when the only interaction is gone', () => {
    expect(deriveEngagementStage(facts({ contacted: false }), 'contacted')).toBe('not_contacted');
  });

  it('never lowers a stage that records beyond these facts set', () => {
    expect(deriveEngagementStage(facts({ contacted: false }), 'delivering')).toBe('delivering');
    expect(deriveEngagementStage(facts({ contacted: true }), 'publishing')).toBe('publishing');
  });

  it('follows the interviews: planned, completed, completed with an agreement', () => {
    expect(deriveEngagementStage(facts({ contacted: true, interviewScheduled: true }))).toBe(
      'interview_scheduled',
    );
    expect(deriveEngagementStage(facts({ interviewScheduled: true }))).toBe('interview_scheduled');
    expect(deriveEngagementStage(facts({ contacted: true, interviewed: true }))).toBe('interviewed');
    expect(deriveEngagementStage(facts({ interviewed: true, agreement: true }))).toBe('agreement');
  });

  it('goes back when the only planned interview is cancelled', () => {
    expect(deriveEngagementStage(facts({ contacted: true }), 'interview_scheduled')).toBe('contacted');
  });

  it('does not keep a paused stage: pausing is a manual override, never derived', () => {
    expect(deriveEngagementStage(facts({ contacted: true }), 'paused')).toBe('contacted');
  });

  it('orders the stages of the funnel and keeps paused outside', () => {
    expect(ENGAGEMENT_STAGE_ORDER[0]).toBe('not_contacted');
    expect(engagementStageRank('interviewed')).toBeGreaterThan(engagementStageRank('contacted'));
    expect(engagementStageRank('paused')).toBe(-1);
  });
});
