import { ENGAGEMENT_STAGES, EngagementStage, TimelineEntry } from '@datenlotse/contracts';
import { TranslationKey } from '../i18n/de';
import { TranslationParams } from '../i18n/i18n.service';
import { stageLabel } from '../organisation/crm-labels';

export type TimelineEvent = Extract<TimelineEntry, { kind: 'event' }>['event'];

/** A sentence to translate: the key and its parameters, some of which are keys themselves. */
export interface EventWording {
  key: TranslationKey;
  params: Record<string, string>;
  /** Parameters whose value is a translation key (a stage), translated before they are filled in. */
  translatedParams: Record<string, TranslationKey>;
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

/** The keys of the changed fields that have a label, in a stable order. */
export function changedFieldKeys(event: TimelineEvent): TranslationKey[] {
  return Object.keys(event.diff)
    .map((field) => FIELD_LABELS[field])
    .filter((label): label is TranslationKey => label !== undefined);
}

function wording(
  key: TranslationKey,
  params: Record<string, string> = {},
  translatedParams: Record<string, TranslationKey> = {},
): EventWording {
  return { key, params, translatedParams };
}

function departmentWording(event: TimelineEvent): EventWording {
  const { diff } = event;
  if (event.action === 'create') return wording('timeline.event.departmentCreated');
  if (event.action === 'delete') return wording('timeline.event.departmentDeleted');
  if (diff['stageOverride']) {
    const to = diff['stageOverride'].after;
    if (!isStage(to)) return wording('timeline.event.stageOverrideCleared');
    const reason = text(diff['stageOverrideReason']?.after);
    return wording(
      reason ? 'timeline.event.stageOverrideReason' : 'timeline.event.stageOverride',
      { reason },
      { to: stageLabel(to) },
    );
  }
  const stage = diff['derivedStage'];
  if (stage && isStage(stage.before) && isStage(stage.after)) {
    return wording(
      'timeline.event.stageChanged',
      {},
      { from: stageLabel(stage.before), to: stageLabel(stage.after) },
    );
  }
  if (diff['archivedAt']) {
    return wording(
      diff['archivedAt'].after ? 'timeline.event.departmentArchived' : 'timeline.event.departmentRestored',
    );
  }
  return wording('timeline.event.departmentUpdated');
}

function contactWording(event: TimelineEvent): EventWording {
  const name = text(event.diff['name']?.after) || text(event.diff['name']?.before);
  switch (event.action) {
    case 'create':
      return name
        ? wording('timeline.event.contactCreated', { name })
        : wording('timeline.event.contactCreatedErased');
    case 'erase':
      return wording('timeline.event.contactErased');
    case 'export':
      return wording('timeline.event.contactExported');
    case 'delete':
      return wording('timeline.event.contactDeleted');
    default:
      return wording('timeline.event.contactUpdated');
  }
}

function taskWording(event: TimelineEvent): EventWording {
  const title = text(event.diff['title']?.after);
  if (event.action === 'create') return wording('timeline.event.taskCreated', { title });
  if (event.action === 'delete') return wording('timeline.event.taskDeleted');
  const status = event.diff['status']?.after;
  if (status === 'done') return wording('timeline.event.taskDone');
  if (status === 'open') return wording('timeline.event.taskReopened');
  if (status === 'cancelled') return wording('timeline.event.taskCancelled');
  return wording('timeline.event.taskUpdated');
}

/** What a system event says, as a sentence about the record it changed. */
export function eventWording(event: TimelineEvent): EventWording {
  switch (event.entity) {
    case 'department':
      return departmentWording(event);
    case 'contact':
      return contactWording(event);
    case 'task':
      return taskWording(event);
    case 'interaction':
      return wording(
        event.action === 'delete' ? 'timeline.event.interactionDeleted' : 'timeline.event.interactionChanged',
      );
    default:
      return wording('timeline.event.other', { entity: event.entity, action: event.action });
  }
}

/** Fills in a wording with the given translate function (the actor becomes "System" when there is none). */
export function describeEvent(
  event: TimelineEvent,
  t: (key: TranslationKey, params?: TranslationParams) => string,
): string {
  const { key, params, translatedParams } = eventWording(event);
  const translated = Object.fromEntries(Object.entries(translatedParams).map(([name, k]) => [name, t(k)]));
  const actor = event.actorName ?? t('timeline.system');
  const sentence = t(key, { ...params, ...translated, actor });
  const fields = changedFieldKeys(event).map((k) => t(k));
  const listsFields = key.endsWith('Updated') && fields.length > 0;
  return listsFields ? t('timeline.event.withFields', { sentence, fields: fields.join(', ') }) : sentence;
}
