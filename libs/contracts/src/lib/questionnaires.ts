import { FREQUENCIES, Frequency } from './dcat';
import { ObjectionCategory, OBJECTION_CATEGORIES } from './objections';

/**
 * The question types of DESIGN.md section 2, plus `objection_list`: part 1's concerns are entered as
 * objections (category + statement) during the meeting, and a list type that makes records is the honest
 * model of that, the way `dataset_list` is for part 2's candidates.
 */
export const QUESTION_TYPES = [
  'text',
  'yes_no',
  'single_choice',
  'multi_choice',
  'scale',
  'date',
  'contact',
  'dataset_list',
  'objection_list',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * What completing an interview makes of an answer. The completion reads questions by their outcome, never by
 * their key, so that an edited template (other keys, other wording) still produces the same records.
 */
export const QUESTION_OUTCOMES = [
  /** objection_list: each row becomes an Objection of the department. */
  'objections',
  /** dataset_list: each row becomes a Dataset (stage `identified`). */
  'datasets',
  /** contact: the delivery agreement's contact. */
  'data_contact',
  /** single_choice over the rows of the `datasets` question: that dataset becomes `agreed`. */
  'first_dataset',
  /** date: the agreement's first due date. */
  'first_delivery',
  /** single_choice with DeliveryMethod values. */
  'delivery_method',
  /** single_choice of formats. */
  'delivery_format',
  /** single_choice with ScheduleKind values (once, weekly, …). */
  'delivery_rhythm',
  /** yes_no: the head's release is needed (a task to ask for it once the data is in). */
  'release_needed',
  /** text: the agreed next steps, in the protocol and the follow-up task. */
  'next_steps',
  /** date: a follow-up task on that day. */
  'follow_up',
] as const;
export type QuestionOutcome = (typeof QUESTION_OUTCOMES)[number];

/** The type each outcome needs. */
export const OUTCOME_TYPES: Readonly<Record<QuestionOutcome, QuestionType>> = {
  objections: 'objection_list',
  datasets: 'dataset_list',
  data_contact: 'contact',
  first_dataset: 'single_choice',
  first_delivery: 'date',
  delivery_method: 'single_choice',
  delivery_format: 'single_choice',
  delivery_rhythm: 'single_choice',
  release_needed: 'yes_no',
  next_steps: 'text',
  follow_up: 'date',
};

/** Wording in both languages; English may be empty (the UI then shows the German). */
export interface LocalizedText {
  de: string;
  en: string;
}

export interface QuestionOption {
  /** Stable value stored in answers (`ja`, `csv`, `email`); analysis counts by it. */
  value: string;
  label: LocalizedText;
}

/**
 * Show a question only when an earlier answer has a value: any value, or (with `values`) one of these.
 * For yes_no the values are `yes` and `no`; for multi_choice any chosen option matches.
 */
export interface QuestionCondition {
  questionKey: string;
  values?: string[];
}

export interface QuestionDefinition {
  /** Stable identifier: answers, analysis and conditions refer to it. Lower case, digits and `_`. */
  key: string;
  type: QuestionType;
  text: LocalizedText;
  help?: LocalizedText | null;
  required: boolean;
  /** single_choice and multi_choice (unless `optionsFrom` is set). */
  options?: QuestionOption[];
  /** single_choice whose options are the rows of an earlier dataset_list question (its key). */
  optionsFrom?: string | null;
  /** scale: the range, with words for its ends. */
  scale?: {
    min: number;
    max: number;
    minLabel?: LocalizedText | null;
    maxLabel?: LocalizedText | null;
  } | null;
  condition?: QuestionCondition | null;
  outcome?: QuestionOutcome | null;
}

export interface QuestionnaireSection {
  /** Stable identifier of the part (`p1`): its notes are kept under it. */
  key: string;
  title: LocalizedText;
  /** What the part is for, shown at its top in the guided screen. */
  intro?: LocalizedText | null;
  questions: QuestionDefinition[];
}

/** The content of a template version: what an interview is run with. */
export interface QuestionnaireDefinition {
  sections: QuestionnaireSection[];
}

/** A row of a dataset_list answer: a candidate dataset. `id` is made by the client and stays with the row. */
export interface DatasetCandidateRow {
  id: string;
  title: string;
  description?: string | null;
  sourceSystem?: string | null;
  format?: string | null;
  accrualPeriodicity?: Frequency | null;
  /** null: not known yet. */
  containsPersonalData?: boolean | null;
  /** Who asks for these data (citizens, press, council, …), in words. */
  requestedBy?: string | null;
  modelDatasetId?: string | null;
}

/** A row of an objection_list answer: a concern raised in the meeting. */
export interface ConcernRow {
  id: string;
  category: ObjectionCategory;
  statement: string;
  raisedByContactId?: string | null;
}

/**
 * An answer's value by question type: text string, yes_no boolean, single_choice option value (or row id),
 * multi_choice option values, scale integer, date `YYYY-MM-DD`, contact id, and the two lists of rows.
 * `null` clears an answer.
 */
export type AnswerValue = string | boolean | number | string[] | DatasetCandidateRow[] | ConcernRow[] | null;

export type AnswerMap = Readonly<Record<string, AnswerValue | undefined>>;

export const QUESTIONNAIRE_VERSION_STATUSES = ['draft', 'published'] as const;
export type QuestionnaireVersionStatus = (typeof QUESTIONNAIRE_VERSION_STATUSES)[number];

export interface QuestionnaireVersionSummary {
  id: string;
  number: number;
  status: QuestionnaireVersionStatus;
  publishedAt: string | null;
  /** Interviews run (or planned) with this version: a version in use cannot be deleted. */
  interviewCount: number;
  questionCount: number;
}

export interface QuestionnaireTemplateDto {
  id: string;
  name: string;
  description: string | null;
  /** The shipped default three-part interview; new interviews use its newest published version. */
  isDefault: boolean;
  archivedAt: string | null;
  versions: QuestionnaireVersionSummary[];
  version: number;
}

export interface QuestionnaireVersionDto extends QuestionnaireVersionSummary {
  templateId: string;
  templateName: string;
  definition: QuestionnaireDefinition;
  createdAt: string;
  version: number;
}

export interface CreateQuestionnaireTemplateRequest {
  name: string;
  description?: string | null;
  /** Omitted: an empty draft with one section. */
  definition?: QuestionnaireDefinition;
}

export interface UpdateQuestionnaireTemplateRequest {
  version: number;
  name?: string;
  description?: string | null;
  archived?: boolean;
}

/** Only drafts can be changed; a published version is immutable. */
export interface UpdateQuestionnaireVersionRequest {
  version: number;
  definition: QuestionnaireDefinition;
}

/** Publishing checks the draft's version when it is sent: a draft changed since it was read answers 409. */
export interface PublishQuestionnaireVersionRequest {
  version?: number;
}

/** The JSON a template is exported as and imported from. */
export interface QuestionnaireExport {
  format: 'datenlotse-questionnaire';
  formatVersion: 1;
  name: string;
  description: string | null;
  definition: QuestionnaireDefinition;
}

/** A problem in a definition: where it is (`sections.1.questions.3.options`) and a code. */
export interface DefinitionProblem {
  path: string;
  code: DefinitionProblemCode;
  message: string;
}

export type DefinitionProblemCode =
  | 'required'
  | 'invalidKey'
  | 'duplicateKey'
  | 'unknownType'
  | 'optionsRequired'
  | 'duplicateOption'
  | 'invalidScale'
  | 'unknownQuestion'
  | 'conditionNotEarlier'
  | 'optionsFromInvalid'
  | 'outcomeType'
  | 'duplicateOutcome'
  | 'unexpectedField';

const KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

function hasGerman(text: LocalizedText | null | undefined): boolean {
  return !!text && typeof text.de === 'string' && text.de.trim() !== '';
}

/** Every question of a definition, in order, with its section. */
export function allQuestions(definition: QuestionnaireDefinition): QuestionDefinition[] {
  return definition.sections.flatMap((section) => section.questions);
}

/** The question with this outcome, if the definition has one. */
export function questionWithOutcome(
  definition: QuestionnaireDefinition,
  outcome: QuestionOutcome,
): QuestionDefinition | undefined {
  return allQuestions(definition).find((question) => question.outcome === outcome);
}

/**
 * Checks a definition before it is saved or published: keys unique and well formed, choice questions with
 * options, scales with a range, conditions and `optionsFrom` pointing at earlier questions, outcomes on the
 * right type and each at most once. Returns every problem, not just the first.
 */
export function validateDefinition(definition: QuestionnaireDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: string, code: DefinitionProblemCode, message: string) =>
    problems.push({ path, code, message });
  if (!definition || !Array.isArray(definition.sections) || definition.sections.length === 0) {
    add('sections', 'required', 'a questionnaire needs at least one section');
    return problems;
  }
  const sectionKeys = new Set<string>();
  const earlier = new Map<string, QuestionDefinition>();
  const outcomes = new Set<QuestionOutcome>();
  const allKeys = new Set(
    definition.sections.flatMap((section) => (section.questions ?? []).map((question) => question.key)),
  );
  definition.sections.forEach((section, s) => {
    const at = `sections.${s}`;
    if (!KEY_PATTERN.test(section.key ?? ''))
      add(`${at}.key`, 'invalidKey', 'lower case letters, digits and _');
    else if (sectionKeys.has(section.key))
      add(`${at}.key`, 'duplicateKey', `section key ${section.key} twice`);
    sectionKeys.add(section.key);
    if (!hasGerman(section.title)) add(`${at}.title`, 'required', 'a section needs a German title');
    (section.questions ?? []).forEach((question, q) => {
      validateQuestion(question, `${at}.questions.${q}`, { earlier, allKeys, outcomes }, add);
      if (question.key) earlier.set(question.key, question);
      if (question.outcome) outcomes.add(question.outcome);
    });
  });
  return problems;
}

/** What a question is checked against: the questions before it, every key, the outcomes already taken. */
interface QuestionContext {
  earlier: ReadonlyMap<string, QuestionDefinition>;
  allKeys: ReadonlySet<string>;
  outcomes: ReadonlySet<QuestionOutcome>;
}

function validateQuestion(
  question: QuestionDefinition,
  at: string,
  { earlier, allKeys, outcomes }: QuestionContext,
  add: (path: string, code: DefinitionProblemCode, message: string) => void,
): void {
  if (!KEY_PATTERN.test(question.key ?? ''))
    add(`${at}.key`, 'invalidKey', 'lower case letters, digits and _');
  else if (earlier.has(question.key)) add(`${at}.key`, 'duplicateKey', `question key ${question.key} twice`);
  if (!(QUESTION_TYPES as readonly string[]).includes(question.type)) {
    add(`${at}.type`, 'unknownType', `unknown question type ${String(question.type)}`);
    return;
  }
  if (!hasGerman(question.text)) add(`${at}.text`, 'required', 'a question needs a German text');
  validateChoices(question, at, earlier, add);
  if (question.type === 'scale') {
    const scale = question.scale;
    const ok =
      !!scale &&
      Number.isInteger(scale.min) &&
      Number.isInteger(scale.max) &&
      scale.min < scale.max &&
      scale.max - scale.min <= 10;
    if (!ok) add(`${at}.scale`, 'invalidScale', 'a scale needs whole numbers min < max, at most 10 apart');
  }
  if (question.condition) {
    const target = question.condition.questionKey;
    if (!allKeys.has(target)) {
      add(`${at}.condition.questionKey`, 'unknownQuestion', `there is no question ${target}`);
    } else if (!earlier.has(target)) {
      add(`${at}.condition.questionKey`, 'conditionNotEarlier', `${target} is not an earlier question`);
    }
  }
  if (question.outcome) {
    if (OUTCOME_TYPES[question.outcome] === undefined) {
      add(`${at}.outcome`, 'unknownType', `unknown outcome ${String(question.outcome)}`);
    } else if (OUTCOME_TYPES[question.outcome] !== question.type) {
      add(
        `${at}.outcome`,
        'outcomeType',
        `${question.outcome} needs a ${OUTCOME_TYPES[question.outcome]} question`,
      );
    } else if (outcomes.has(question.outcome)) {
      add(`${at}.outcome`, 'duplicateOutcome', `only one question may have the outcome ${question.outcome}`);
    }
  }
}

function validateChoices(
  question: QuestionDefinition,
  at: string,
  earlier: ReadonlyMap<string, QuestionDefinition>,
  add: (path: string, code: DefinitionProblemCode, message: string) => void,
): void {
  const isChoice = question.type === 'single_choice' || question.type === 'multi_choice';
  if (question.optionsFrom) {
    const source = earlier.get(question.optionsFrom);
    if (question.type !== 'single_choice' || source?.type !== 'dataset_list') {
      add(`${at}.optionsFrom`, 'optionsFromInvalid', 'a single choice over an earlier dataset list');
    }
    return;
  }
  if (!isChoice) {
    if (question.options && question.options.length > 0) {
      add(`${at}.options`, 'unexpectedField', `a ${question.type} question has no options`);
    }
    return;
  }
  const options = question.options ?? [];
  if (options.length < 2) add(`${at}.options`, 'optionsRequired', 'a choice needs at least two options');
  const values = new Set<string>();
  options.forEach((option, o) => {
    if (!KEY_PATTERN.test(option.value ?? ''))
      add(`${at}.options.${o}.value`, 'invalidKey', 'lower case letters, digits and _');
    else if (values.has(option.value))
      add(`${at}.options.${o}.value`, 'duplicateOption', `option ${option.value} twice`);
    values.add(option.value);
    if (!hasGerman(option.label))
      add(`${at}.options.${o}.label`, 'required', 'an option needs a German label');
  });
}

/** Whether an answer counts as given: not null, not empty text, not an empty list. */
export function hasAnswer(value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The values a condition compares: yes_no as `yes`/`no`, lists as their values, the rest as text. */
function conditionValues(value: AnswerValue | undefined): string[] {
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : item.id));
  if (value === null || value === undefined) return [];
  return [String(value)];
}

/**
 * Whether a question is shown, given the answers so far. A question whose condition's question is itself
 * hidden is hidden too, so that a chain of conditions collapses together.
 */
export function isQuestionVisible(
  definition: QuestionnaireDefinition,
  question: QuestionDefinition,
  answers: AnswerMap,
): boolean {
  return visibleUnlessCycle(definition, question, answers, new Set());
}

function visibleUnlessCycle(
  definition: QuestionnaireDefinition,
  question: QuestionDefinition,
  answers: AnswerMap,
  seen: Set<QuestionDefinition>,
): boolean {
  const condition = question.condition;
  if (!condition) return true;
  // Conditions pointing in a circle (a definition validateDefinition refuses, perhaps open in the editor's
  // preview) hide the questions instead of recursing forever.
  if (seen.has(question)) return false;
  seen.add(question);
  const target = allQuestions(definition).find((candidate) => candidate.key === condition.questionKey);
  if (!target || !visibleUnlessCycle(definition, target, answers, seen)) return false;
  const value = answers[condition.questionKey];
  if (!hasAnswer(value)) return false;
  if (!condition.values || condition.values.length === 0) return true;
  return conditionValues(value).some((candidate) => condition.values?.includes(candidate));
}

/** The required questions that are shown and not answered: what stops an interview from completing. */
export function missingRequiredAnswers(definition: QuestionnaireDefinition, answers: AnswerMap): string[] {
  return allQuestions(definition)
    .filter((question) => question.required && isQuestionVisible(definition, question, answers))
    .filter((question) => !hasAnswer(answers[question.key]))
    .map((question) => question.key);
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Limits that keep one answer a reasonable size. */
export const ANSWER_LIMITS = { text: 20000, rows: 200, rowText: 2000 } as const;

/**
 * Checks a value against its question's type; returns what is wrong in English, or null. Contact ids and
 * model dataset ids are checked for shape only here: the API looks them up.
 */
export function answerProblem(
  question: QuestionDefinition,
  value: AnswerValue,
  answers: AnswerMap = {},
): string | null {
  if (value === null) return null;
  switch (question.type) {
    case 'text':
      return typeof value === 'string' && value.length <= ANSWER_LIMITS.text ? null : 'must be text';
    case 'yes_no':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'scale': {
      const scale = question.scale;
      const ok =
        typeof value === 'number' &&
        Number.isInteger(value) &&
        !!scale &&
        value >= scale.min &&
        value <= scale.max;
      return ok ? null : `must be a whole number from ${scale?.min} to ${scale?.max}`;
    }
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? null : 'must be a date (YYYY-MM-DD)';
    case 'contact':
      return typeof value === 'string' && UUID_PATTERN.test(value) ? null : 'must be a contact id';
    case 'single_choice':
      return singleChoiceProblem(question, value, answers);
    case 'multi_choice':
      return multiChoiceProblem(question, value);
    case 'dataset_list':
      return rowsProblem(value, datasetRowProblem);
    case 'objection_list':
      return rowsProblem(value, concernRowProblem);
  }
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROW_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function isIsoDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function singleChoiceProblem(
  question: QuestionDefinition,
  value: AnswerValue,
  answers: AnswerMap,
): string | null {
  if (typeof value !== 'string') return 'must be one option';
  if (question.optionsFrom) {
    const rows = answers[question.optionsFrom];
    const ids = Array.isArray(rows) ? rows.map((row) => (typeof row === 'string' ? row : row.id)) : [];
    return ids.includes(value) ? null : `must be a row of ${question.optionsFrom}`;
  }
  return (question.options ?? []).some((option) => option.value === value)
    ? null
    : 'is not one of the options';
}

function multiChoiceProblem(question: QuestionDefinition, value: AnswerValue): string | null {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
    return 'must be a list of options';
  const allowed = new Set((question.options ?? []).map((option) => option.value));
  const chosen = value as string[];
  if (chosen.some((item) => !allowed.has(item))) return 'is not one of the options';
  return new Set(chosen).size === chosen.length ? null : 'names an option twice';
}

function rowsProblem<T>(value: AnswerValue, rowProblem: (row: T) => string | null): string | null {
  if (!Array.isArray(value)) return 'must be a list of rows';
  if (value.length > ANSWER_LIMITS.rows) return `at most ${ANSWER_LIMITS.rows} rows`;
  const ids = new Set<string>();
  for (const [index, row] of value.entries()) {
    if (typeof row !== 'object' || row === null || !ROW_ID_PATTERN.test((row as { id?: string }).id ?? '')) {
      return `row ${index + 1} needs an id`;
    }
    const id = (row as { id: string }).id;
    if (ids.has(id)) return `row id ${id} twice`;
    ids.add(id);
    const problem = rowProblem(row as T);
    if (problem) return `row ${index + 1}: ${problem}`;
  }
  return null;
}

function optionalText(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.length <= ANSWER_LIMITS.rowText)
  );
}

const DATASET_ROW_FIELDS = new Set([
  'id',
  'title',
  'description',
  'sourceSystem',
  'format',
  'accrualPeriodicity',
  'containsPersonalData',
  'requestedBy',
  'modelDatasetId',
]);

function datasetRowProblem(row: DatasetCandidateRow): string | null {
  const unknown = Object.keys(row).find((field) => !DATASET_ROW_FIELDS.has(field));
  if (unknown) return `unknown field ${unknown}`;
  if (typeof row.title !== 'string' || row.title.trim() === '' || row.title.length > 300)
    return 'title is required';
  for (const field of ['description', 'sourceSystem', 'format', 'requestedBy'] as const) {
    if (!optionalText(row[field])) return `${field} must be text`;
  }
  if (row.accrualPeriodicity && !(FREQUENCIES as readonly string[]).includes(row.accrualPeriodicity)) {
    return 'accrualPeriodicity is not a known frequency';
  }
  if (
    row.containsPersonalData !== undefined &&
    row.containsPersonalData !== null &&
    typeof row.containsPersonalData !== 'boolean'
  ) {
    return 'containsPersonalData must be true, false or null';
  }
  if (row.modelDatasetId && !UUID_PATTERN.test(row.modelDatasetId)) return 'modelDatasetId must be an id';
  return null;
}

const CONCERN_ROW_FIELDS = new Set(['id', 'category', 'statement', 'raisedByContactId']);

function concernRowProblem(row: ConcernRow): string | null {
  const unknown = Object.keys(row).find((field) => !CONCERN_ROW_FIELDS.has(field));
  if (unknown) return `unknown field ${unknown}`;
  if (!(OBJECTION_CATEGORIES as readonly string[]).includes(row.category)) return 'category is not known';
  if (
    typeof row.statement !== 'string' ||
    row.statement.trim() === '' ||
    row.statement.length > ANSWER_LIMITS.rowText
  ) {
    return 'statement is required';
  }
  if (row.raisedByContactId && !UUID_PATTERN.test(row.raisedByContactId))
    return 'raisedByContactId must be an id';
  return null;
}
