import { InteractionType, TimelineFilter } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';

export function interactionTypeLabel(type: InteractionType): TranslationKey {
  return `interactionType.${type}`;
}

/** The label of a timeline filter chip: an interaction type, or the system events. */
export function timelineChipLabel(chip: TimelineFilter): TranslationKey {
  return chip === 'system' ? 'timeline.filterEvents' : interactionTypeLabel(chip);
}
