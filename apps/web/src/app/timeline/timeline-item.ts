import { NamedRef, TimelineEntry } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { TranslationParams } from '../i18n/i18n.service';
import { describeEvent } from './event-wording';
import { interactionTypeLabel } from './interaction-labels';
import { INTERACTION_ICONS } from './work-icons';
import { entryKey } from './timeline-entries';

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** An entry as the timeline shows it: everything worded, nothing left to compute in the template. */
export interface TimelineItem {
  key: string;
  /** The element id, so that a search hit can point at an interaction. */
  anchor: string;
  at: string;
  icon: string;
  typeLabel: string;
  text: string;
  /** "Kontakte: …", "Team: …", "Auch: …" (other departments). */
  participants: string[];
  isEvent: boolean;
  entry: TimelineEntry;
}

function names(refs: readonly NamedRef[], t: Translate): string {
  return refs.map((ref) => ref.name ?? t('timeline.formerContact')).join(', ');
}

/** Words an entry; `departmentId` is the page's department, which is not repeated among the participants. */
export function timelineItem(entry: TimelineEntry, departmentId: string, t: Translate): TimelineItem {
  const key = entryKey(entry);
  if (entry.kind === 'event') {
    return {
      key,
      anchor: `event-${entry.event.id}`,
      at: entry.at,
      icon: 'history',
      typeLabel: t('timeline.systemEvent'),
      text: describeEvent(entry.event, t),
      participants: [],
      isEvent: true,
      entry,
    };
  }
  const { interaction } = entry;
  const otherDepartments = interaction.departments.filter((department) => department.id !== departmentId);
  const participants = [
    interaction.contacts.length > 0 ? t('timeline.contacts', { names: names(interaction.contacts, t) }) : '',
    interaction.users.length > 0 ? t('timeline.team', { names: names(interaction.users, t) }) : '',
    otherDepartments.length > 0 ? t('timeline.alsoWith', { names: names(otherDepartments, t) }) : '',
  ].filter((line) => line !== '');
  return {
    key,
    anchor: `interaction-${interaction.id}`,
    at: entry.at,
    icon: INTERACTION_ICONS[interaction.type],
    typeLabel: t(interactionTypeLabel(interaction.type)),
    text: interaction.summary,
    participants,
    isEvent: false,
    entry,
  };
}
