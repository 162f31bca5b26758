import {
  DefinitionProblem,
  DefinitionProblemCode,
  FIELD_ERROR_CODES,
  LocalizedText,
  QuestionCondition,
  QuestionDefinition,
  QuestionnaireDefinition,
  QuestionnaireSection,
  QuestionOption,
  validateDefinition,
} from '@datenlotse/contracts';
import { BadRequestException } from '@nestjs/common';

/** Limits that keep a questionnaire a size a meeting (and the database) can take. */
export const DEFINITION_LIMITS = {
  sections: 20,
  questions: 300,
  options: 50,
  conditionValues: 50,
  key: 63,
  text: 2000,
  help: 4000,
} as const;

type Add = (path: string, code: DefinitionProblemCode, message: string) => void;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a definition sent by a client (deep JSON the validation pipe does not look into): checks the shape
 * of every part, copies only the known fields, so that no junk is stored, and then runs the contract's
 * validateDefinition on the copy. Returns the clean definition and every problem found.
 */
export function readDefinition(raw: unknown): {
  definition: QuestionnaireDefinition;
  problems: DefinitionProblem[];
} {
  const problems: DefinitionProblem[] = [];
  const add: Add = (path, code, message) => problems.push({ path, code, message });
  const definition = {
    sections: readList(raw, 'sections', '', DEFINITION_LIMITS.sections, add, readSection),
  };
  const questionCount = definition.sections.reduce((sum, s) => sum + s.questions.length, 0);
  if (questionCount > DEFINITION_LIMITS.questions) {
    add('sections', 'unexpectedField', `at most ${DEFINITION_LIMITS.questions} questions`);
  }
  // Shape problems first: the contract's checks would only repeat them in other words.
  const known = new Set(problems.map((p) => p.path));
  for (const problem of validateDefinition(definition)) {
    if (!known.has(problem.path)) problems.push(problem);
  }
  return { definition, problems };
}

/** The definition as it may be stored: only known fields, and no problems (else a 400 naming each path). */
export function checkedDefinition(raw: unknown): QuestionnaireDefinition {
  const { definition, problems } = readDefinition(raw);
  if (problems.length > 0) throw definitionError(problems);
  return definition;
}

/**
 * A 400 naming each problem's path under `definition.`. Its codes start with invalidDefinition, then say
 * what is wrong (validateDefinition's codes: duplicateKey, conditionNotEarlier, …) for clients that word them.
 */
export function definitionError(problems: DefinitionProblem[]): BadRequestException {
  const fields: Record<string, string[]> = {};
  const codes: Record<string, string[]> = {};
  for (const problem of problems) {
    const field = `definition.${problem.path}`;
    (fields[field] ??= []).push(problem.message);
    (codes[field] ??= [FIELD_ERROR_CODES.invalidDefinition]).push(problem.code);
  }
  return new BadRequestException({
    message: `Invalid questionnaire: ${Object.keys(fields).join(', ')}`,
    fields,
    codes,
  });
}

function readList<T>(
  parent: unknown,
  field: string,
  prefix: string,
  limit: number,
  add: Add,
  read: (value: unknown, at: string, add: Add) => T,
): T[] {
  const at = prefix ? `${prefix}.${field}` : field;
  const value = isObject(parent) ? parent[field] : undefined;
  if (!Array.isArray(value)) {
    add(at, 'required', 'must be a list');
    return [];
  }
  if (value.length > limit) add(at, 'unexpectedField', `at most ${limit} entries`);
  return value.slice(0, limit).map((item, i) => read(item, `${at}.${i}`, add));
}

function readSection(raw: unknown, at: string, add: Add): QuestionnaireSection {
  if (!isObject(raw)) add(at, 'required', 'must be an object');
  const section = isObject(raw) ? raw : {};
  return {
    key: readKey(section['key'], `${at}.key`, add),
    title: readText(section['title'], `${at}.title`, DEFINITION_LIMITS.text, add),
    intro: readOptionalText(section['intro'], `${at}.intro`, DEFINITION_LIMITS.help, add),
    questions: readList(section, 'questions', at, DEFINITION_LIMITS.questions, add, readQuestion),
  };
}

function readQuestion(raw: unknown, at: string, add: Add): QuestionDefinition {
  if (!isObject(raw)) add(at, 'required', 'must be an object');
  const q = isObject(raw) ? raw : {};
  const question: QuestionDefinition = {
    key: readKey(q['key'], `${at}.key`, add),
    // The contract's check names an unknown type; a non-text one is unknown too.
    type: (typeof q['type'] === 'string' ? q['type'] : '') as QuestionDefinition['type'],
    text: readText(q['text'], `${at}.text`, DEFINITION_LIMITS.text, add),
    help: readOptionalText(q['help'], `${at}.help`, DEFINITION_LIMITS.help, add),
    required: q['required'] === undefined ? false : readBoolean(q['required'], `${at}.required`, add),
    condition: readCondition(q['condition'], `${at}.condition`, add),
    outcome: readOutcome(q['outcome'], `${at}.outcome`, add),
  };
  if (q['optionsFrom'] !== undefined && q['optionsFrom'] !== null) {
    // The options are then the rows of that list: fixed ones sent along would never be shown.
    question.optionsFrom = readKey(q['optionsFrom'], `${at}.optionsFrom`, add);
  } else if (q['options'] !== undefined && q['options'] !== null) {
    question.options = readList(q, 'options', at, DEFINITION_LIMITS.options, add, readOption);
  }
  if (q['scale'] !== undefined && q['scale'] !== null)
    question.scale = readScale(q['scale'], `${at}.scale`, add);
  return question;
}

function readOption(raw: unknown, at: string, add: Add): QuestionOption {
  if (!isObject(raw)) add(at, 'required', 'must be an object');
  const option = isObject(raw) ? raw : {};
  return {
    value: readKey(option['value'], `${at}.value`, add),
    label: readText(option['label'], `${at}.label`, DEFINITION_LIMITS.text, add),
  };
}

function readScale(raw: unknown, at: string, add: Add): NonNullable<QuestionDefinition['scale']> {
  if (!isObject(raw)) {
    add(at, 'invalidScale', 'a scale needs whole numbers min < max, at most 10 apart');
    return { min: 0, max: 0 };
  }
  return {
    // Non-numbers become NaN, which the contract's check refuses as invalidScale.
    min: typeof raw['min'] === 'number' ? raw['min'] : Number.NaN,
    max: typeof raw['max'] === 'number' ? raw['max'] : Number.NaN,
    minLabel: readOptionalText(raw['minLabel'], `${at}.minLabel`, DEFINITION_LIMITS.text, add),
    maxLabel: readOptionalText(raw['maxLabel'], `${at}.maxLabel`, DEFINITION_LIMITS.text, add),
  };
}

function readCondition(raw: unknown, at: string, add: Add): QuestionCondition | null {
  if (raw === undefined || raw === null) return null;
  if (!isObject(raw)) {
    add(at, 'unexpectedField', 'must be an object with questionKey');
    return null;
  }
  const condition: QuestionCondition = { questionKey: readKey(raw['questionKey'], `${at}.questionKey`, add) };
  const values = raw['values'];
  if (values !== undefined && values !== null) {
    const ok =
      Array.isArray(values) &&
      values.length <= DEFINITION_LIMITS.conditionValues &&
      values.every((v) => typeof v === 'string' && v.length <= DEFINITION_LIMITS.key);
    if (ok) condition.values = [...new Set(values as string[])];
    else add(`${at}.values`, 'unexpectedField', 'must be a list of option values');
  }
  return condition;
}

function readOutcome(raw: unknown, at: string, add: Add): QuestionDefinition['outcome'] {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') {
    add(at, 'unknownType', 'must be an outcome name');
    return null;
  }
  // The contract's check names an unknown outcome.
  return raw as QuestionDefinition['outcome'];
}

/** Keys are checked by the contract (pattern, uniqueness); here only that they are text of a sane length. */
function readKey(raw: unknown, at: string, add: Add): string {
  if (typeof raw !== 'string') {
    add(at, 'invalidKey', 'lower case letters, digits and _');
    return '';
  }
  return raw.slice(0, DEFINITION_LIMITS.key + 1);
}

function readBoolean(raw: unknown, at: string, add: Add): boolean {
  if (typeof raw === 'boolean') return raw;
  add(at, 'unexpectedField', 'must be true or false');
  return false;
}

function readText(raw: unknown, at: string, limit: number, add: Add): LocalizedText {
  if (!isObject(raw) || typeof raw['de'] !== 'string' || raw['de'].trim() === '') {
    add(at, 'required', 'needs a German text');
    return { de: '', en: '' };
  }
  return readLocalized(raw, at, limit, add);
}

function readOptionalText(raw: unknown, at: string, limit: number, add: Add): LocalizedText | null {
  if (raw === undefined || raw === null) return null;
  if (!isObject(raw)) {
    add(at, 'unexpectedField', 'must be an object with de and en');
    return null;
  }
  const text = readLocalized(raw, at, limit, add);
  return text.de.trim() === '' && text.en.trim() === '' ? null : text;
}

function readLocalized(raw: Json, at: string, limit: number, add: Add): LocalizedText {
  const text: LocalizedText = { de: '', en: '' };
  for (const locale of ['de', 'en'] as const) {
    const value = raw[locale];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') add(`${at}.${locale}`, 'unexpectedField', 'must be text');
    else if (value.length > limit) add(`${at}.${locale}`, 'unexpectedField', `at most ${limit} characters`);
    else text[locale] = value;
  }
  return text;
}
