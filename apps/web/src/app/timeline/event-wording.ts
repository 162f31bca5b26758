import { ENGAGEMENT_STAGES, EngagementStage, TimelineEntry } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { TranslationParams } from '../i18n/i18n.service';
import { stageLabel } from '../organisation/crm-labels';

export type TimelineEvent = Extract<TimelineEntry, { kind: 'event' }>['event'];

type Translate = (key: TranslationKey, params?: TranslationParams) => string;

/** A sentence to translate; `{actor}` is filled in by `describeEvent`. */
interface Wording {
  key: TranslationKey;
  params?: Record<string, string>;
}

/** Fields whose change is worth naming, in the words of the screen that edits them. */
const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  name: 'timeline.field.name',
  shortName: 'timeline.field.shortName',
  kind: 'timeline.field.kind',
  parentId: 'timeline.field.parent',
  website: 'timeline.field.website',
  notes: 'timeline.field.notes',
  ownerUserId: 'timeline.field.owner',
  tags: 'timeline.field.tags',
  title: 'timeline.field.title',
  email: 'timeline.field.email',
  phone: 'timeline.field.phone',
  isHead: 'timeline.field.isHead',
  relationship: 'timeline.field.relationship',
  departmentId: 'timeline.field.department',
  dueAt: 'timeline.field.dueAt',
  assigneeUserId: 'timeline.field.assignee',
  status: 'timeline.field.status',
};

function isStage(value: unknown): value is EngagementStage {
  return typeof value === 'string' && (ENGAGEMENT_STAGES as readonly string[]).includes(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The stage of a manual override as the audit log keeps it: the override record, or null when cleared. */
function overrideOf(value: unknown): { stage: EngagementStage; reason: string } | null {
  if (typeof value !== 'object' || value === null || !('stage' in value) || !isStage(value.stage))
    return null;
  return { stage: value.stage, reason: 'reason' in value ? text(value.reason) : '' };
}

/** The keys of the changed fields that have a label, in a stable order. */
export function changedFieldKeys(event: TimelineEvent): TranslationKey[] {
  return Object.keys(event.diff)
    .map((field) => FIELD_LABELS[field])
    .filter((label): label is TranslationKey => label !== undefined);
}

/**
 * "Kontaktiert → Interview geplant" from the stage the unit had and has (the engagement stage of a manual
 * change, the derived stage of one the records caused); just the stage when it stayed.
 */
function stageChange(event: TimelineEvent, t: Translate, unchanged: EngagementStage | null): string {
  const change = event.diff['engagementStage'] ?? event.diff['derivedStage'];
  if (change && isStage(change.before) && isStage(change.after)) {
    return `${t(stageLabel(change.before))} → ${t(stageLabel(change.after))}`;
  }
  return unchanged ? t(stageLabel(unchanged)) : '';
}

function departmentWording(event: TimelineEvent, t: Translate): Wording {
  const { diff } = event;
  if (event.action === 'create') return { key: 'timeline.event.departmentCreated' };
  if (event.action === 'delete') return { key: 'timeline.event.departmentDeleted' };
  if (diff['stageOverride']) {
    const set = overrideOf(diff['stageOverride'].after);
    const cleared = overrideOf(diff['stageOverride'].before);
    if (!set) {
      return {
        key: 'timeline.event.stageOverrideCleared',
        params: { change: stageChange(event, t, cleared?.stage ?? null) },
      };
    }
    const change = stageChange(event, t, set.stage);
    return set.reason
      ? { key: 'timeline.event.stageOverrideReason', params: { change, reason: set.reason } }
      : { key: 'timeline.event.stageOverride', params: { change } };
  }
  const change = stageChange(event, t, null);
  if (change) return { key: 'timeline.event.stageChanged', params: { change } };
  if (diff['archivedAt']) {
    return {
      key: diff['archivedAt'].after
        ? 'timeline.event.departmentArchived'
        : 'timeline.event.departmentRestored',
    };
  }
  return { key: 'timeline.event.departmentUpdated' };
}

function contactWording(event: TimelineEvent): Wording {
  const name = text(event.diff['name']?.after) || text(event.diff['name']?.before);
  switch (event.action) {
    case 'create':
      return name
        ? { key: 'timeline.event.contactCreated', params: { name } }
        : { key: 'timeline.event.contactCreatedErased' };
    case 'erase':
      return { key: 'timeline.event.contactErased' };
    case 'export':
      return { key: 'timeline.event.contactExported' };
    case 'delete':
      return { key: 'timeline.event.contactDeleted' };
    default:
      return { key: 'timeline.event.contactUpdated' };
  }
}

function taskWording(event: TimelineEvent): Wording {
  if (event.action === 'create') {
    return { key: 'timeline.event.taskCreated', params: { title: text(event.diff['title']?.after) } };
  }
  if (event.action === 'delete') return { key: 'timeline.event.taskDeleted' };
  const status = event.diff['status']?.after;
  if (status === 'done') return { key: 'timeline.event.taskDone' };
  if (status === 'open') return { key: 'timeline.event.taskReopened' };
  if (status === 'cancelled') return { key: 'timeline.event.taskCancelled' };
  return { key: 'timeline.event.taskUpdated' };
}

function wordingOf(event: TimelineEvent, t: Translate): Wording {
  switch (event.entity) {
    case 'department':
      return departmentWording(event, t);
    case 'contact':
      return contactWording(event);
    case 'task':
      return taskWording(event);
    case 'interaction':
      return {
        key:
          event.action === 'delete'
            ? 'timeline.event.interactionDeleted'
            : 'timeline.event.interactionChanged',
      };
    default:
      return { key: 'timeline.event.other', params: { entity: event.entity, action: event.action } };
  }
}

/** Sentences about an edit that name what was edited: "… hat einen Kontakt geändert (E-Mail, Telefon)". */
const LISTS_FIELDS: readonly TranslationKey[] = [
  'timeline.event.departmentUpdated',
  'timeline.event.contactUpdated',
  'timeline.event.taskUpdated',
];

/** What a system event says, as a sentence about the record it changed ("System" when no one did it). */
export function describeEvent(event: TimelineEvent, t: Translate): string {
  const { key, params = {} } = wordingOf(event, t);
  const sentence = t(key, { ...params, actor: event.actorName ?? t('timeline.system') });
  const fields = changedFieldKeys(event).map((field) => t(field));
  return LISTS_FIELDS.includes(key) && fields.length > 0
    ? t('timeline.event.withFields', { sentence, fields: fields.join(', ') })
    : sentence;
}
