import {
  LocalizedText,
  OBJECTION_CATEGORIES,
  ObjectionCategory,
  QuestionAnalysis,
  QuestionDefinition,
  QuestionnaireDefinition,
  QuestionnaireVersionStatus,
  QuestionOption,
} from '@datenlotse/contracts';
import { OBJECTION_CATEGORY_LABELS, YES_NO_LABELS } from './interview-answer-words';

export interface VersionRow {
  id: string;
  number: number;
  status: QuestionnaireVersionStatus;
  definition: QuestionnaireDefinition;
}

/** A question of the analysis: its newest wording, and the versions whose answers to it count. */
export interface PlannedQuestion {
  question: QuestionDefinition;
  sectionKey: string;
  /** Versions that ask it with the same type: an answer of another type would not add up. */
  versionIds: ReadonlySet<string>;
  /** The newest version's options first, then options only older versions had (still in old answers). */
  options: QuestionOption[];
}

/** What the database counted, per question and version: `answered`, or one value and how often. */
export interface CountRow {
  kind: 'answered' | 'value';
  question_key: string;
  version_id: string;
  value: string | null;
  /** The spelling to show (source systems are counted by their lower-case form). */
  label: string | null;
  count: number;
}

export interface TextRow {
  question_key: string;
  version_id: string;
  interview_id: string;
  department_name: string;
  text: string;
  completed_at: Date;
}

type Counts = NonNullable<QuestionAnalysis['counts']>;

/**
 * The questions in the order of the newest published version (the newest draft when none is published), then
 * the questions that only other versions asked, newest version first: answers given to a question that was
 * later removed still count.
 */
export function planQuestions(versions: readonly VersionRow[]): PlannedQuestion[] {
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  const primary = newestFirst.find((version) => version.status === 'published') ?? newestFirst[0];
  if (!primary) return [];
  const ordered = [primary, ...newestFirst.filter((version) => version !== primary)];
  const planned = new Map<string, PlannedQuestion & { versionIds: Set<string> }>();
  for (const version of ordered) {
    for (const section of version.definition.sections) {
      for (const question of section.questions) {
        const known = planned.get(question.key);
        if (!known) {
          planned.set(question.key, {
            question,
            sectionKey: section.key,
            versionIds: new Set([version.id]),
            options: [...(question.options ?? [])],
          });
        } else if (known.question.type === question.type) {
          known.versionIds.add(version.id);
          for (const option of question.options ?? []) {
            if (!known.options.some((o) => o.value === option.value)) known.options.push(option);
          }
        }
      }
    }
  }
  return [...planned.values()];
}

/** The analysis of one question from the database's counts and texts (already limited to its versions). */
export function analyseQuestion(
  planned: PlannedQuestion,
  counts: readonly CountRow[],
  texts: readonly TextRow[],
  textLimit: number,
): QuestionAnalysis {
  const { question } = planned;
  const answered = counts.filter((row) => row.kind === 'answered').reduce((sum, row) => sum + row.count, 0);
  const values = mergeValues(counts.filter((row) => row.kind === 'value'));
  const result: QuestionAnalysis = {
    key: question.key,
    text: { de: question.text.de, en: question.text.en },
    type: question.type,
    sectionKey: planned.sectionKey,
    answered,
  };
  const countsOf = countsFor(planned, values);
  if (countsOf) result.counts = countsOf;
  if (question.type === 'text' || question.type === 'dataset_list') {
    result.texts = [...texts]
      .sort((a, b) => b.completed_at.getTime() - a.completed_at.getTime())
      .slice(0, textLimit)
      .map((row) => ({ departmentName: row.department_name, interviewId: row.interview_id, text: row.text }));
  }
  return result;
}

interface MergedValue {
  count: number;
  label: string | null;
  /** The count of the group that gave the label: the most frequent spelling wins. */
  labelCount: number;
}

function mergeValues(rows: readonly CountRow[]): Map<string, MergedValue> {
  const merged = new Map<string, MergedValue>();
  for (const row of rows) {
    if (row.value === null) continue;
    const known = merged.get(row.value) ?? { count: 0, label: null, labelCount: -1 };
    known.count += row.count;
    if (row.count > known.labelCount) {
      known.label = row.label;
      known.labelCount = row.count;
    }
    merged.set(row.value, known);
  }
  return merged;
}

/** Most frequent first; ties keep the order given (the options' order, yes before no). */
function byCount(counts: Counts): Counts {
  return counts
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.count - a.entry.count || a.index - b.index)
    .map(({ entry }) => entry);
}

const same = (text: string): LocalizedText => ({ de: text, en: text });

function countsFor(planned: PlannedQuestion, values: Map<string, MergedValue>): Counts | undefined {
  const { question } = planned;
  const countOf = (value: string) => values.get(value)?.count ?? 0;
  switch (question.type) {
    case 'yes_no':
      return byCount([
        { value: 'yes', label: { ...YES_NO_LABELS.yes }, count: countOf('true') },
        { value: 'no', label: { ...YES_NO_LABELS.no }, count: countOf('false') },
      ]);
    case 'single_choice':
    case 'multi_choice': {
      // A choice over an interview's own dataset rows has nothing to count across interviews.
      if (question.optionsFrom) return undefined;
      const listed = planned.options.map((option) => ({
        value: option.value,
        label: { de: option.label.de, en: option.label.en || option.label.de },
        count: countOf(option.value),
      }));
      const unlisted = [...values.entries()]
        .filter(([value]) => !planned.options.some((option) => option.value === value))
        .map(([value, merged]) => ({ value, label: same(value), count: merged.count }));
      return byCount([...listed, ...unlisted]);
    }
    case 'scale': {
      const min = question.scale?.min ?? 0;
      const max = question.scale?.max ?? 0;
      const steps = new Set<number>();
      for (let step = min; step <= max; step++) steps.add(step);
      for (const value of values.keys()) if (Number.isInteger(Number(value))) steps.add(Number(value));
      return [...steps]
        .sort((a, b) => a - b)
        .map((step) => ({
          value: String(step),
          label: scaleLabel(planned, step),
          count: countOf(String(step)),
        }));
    }
    case 'objection_list':
      return byCount(
        [...values.entries()]
          .sort(([a], [b]) => categoryOrder(a) - categoryOrder(b))
          .map(([value, merged]) => ({
            value,
            label: { ...(OBJECTION_CATEGORY_LABELS[value as ObjectionCategory] ?? same(value)) },
            count: merged.count,
          })),
      );
    case 'dataset_list':
      return byCount(
        [...values.entries()]
          .sort(([a], [b]) => a.localeCompare(b, 'de'))
          .map(([value, merged]) => ({ value, label: same(merged.label ?? value), count: merged.count })),
      );
    default:
      return undefined;
  }
}

/** Ties among concern categories in the order the objection form lists them. */
function categoryOrder(category: string): number {
  const index = (OBJECTION_CATEGORIES as readonly string[]).indexOf(category);
  return index < 0 ? OBJECTION_CATEGORIES.length : index;
}

/** "1 – gar nicht" at the ends of a scale that names them, the number elsewhere. */
function scaleLabel(planned: PlannedQuestion, step: number): LocalizedText {
  const scale = planned.question.scale;
  const end = step === scale?.min ? scale.minLabel : step === scale?.max ? scale.maxLabel : null;
  if (!end?.de) return same(String(step));
  return { de: `${step} – ${end.de}`, en: `${step} – ${end.en || end.de}` };
}
