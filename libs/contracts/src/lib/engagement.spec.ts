import { deriveEngagementStage, ENGAGEMENT_STAGE_ORDER, engagementStageRank } from './engagement';

describe('derived engagement stage', () => {
  it('starts a department at not_contacted and moves it to contacted once an interaction took place', () => {
    expect(deriveEngagementStage({ contacted: false })).toBe('not_contacted');
    expect(deriveEngagementStage({ contacted: true })).toBe('contacted');
  });

  it('goes back to not_contacted when the only interaction is gone', () => {
    expect(deriveEngagementStage({ contacted: false }, 'contacted')).toBe('not_contacted');
  });

  it('never lowers a stage that records beyond these facts set', () => {
    expect(deriveEngagementStage({ contacted: false }, 'interviewed')).toBe('interviewed');
    expect(deriveEngagementStage({ contacted: true }, 'publishing')).toBe('publishing');
  });

  it('does not keep a paused stage: pausing is a manual override, never derived', () => {
    expect(deriveEngagementStage({ contacted: true }, 'paused')).toBe('contacted');
  });

  it('orders the stages of the funnel and keeps paused outside', () => {
    expect(ENGAGEMENT_STAGE_ORDER[0]).toBe('not_contacted');
    expect(engagementStageRank('interviewed')).toBeGreaterThan(engagementStageRank('contacted'));
    expect(engagementStageRank('paused')).toBe(-1);
  });
});
