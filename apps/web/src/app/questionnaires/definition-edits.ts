import {
  DefinitionProblem,
  QuestionDefinition,
  QuestionnaireDefinition,
  QuestionnaireSection,
  allQuestions,
} from '@datenlotse/contracts';

/**
 * The editor's changes to a definition. Each returns a new definition and leaves the given one alone, so that
 * the editor can compare against what was loaded and signals see every change.
 */

/** Where a question is: its section and its place in it. */
export interface QuestionPlace {
  section: number;
  question: number;
}

function withSections(
  definition: QuestionnaireDefinition,
  sections: QuestionnaireSection[],
): QuestionnaireDefinition {
  return { ...definition, sections };
}

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** A key not used yet: `prefix1`, `prefix2`, … */
function freeKey(taken: ReadonlySet<string>, prefix: string): string {
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function newSection(definition: QuestionnaireDefinition): QuestionnaireSection {
  const taken = new Set(definition.sections.map((section) => section.key));
  return { key: freeKey(taken, 'p'), title: { de: '', en: '' }, intro: null, questions: [] };
}

/** A text question with a free key, to be filled in in the question dialog. */
export function newQuestion(definition: QuestionnaireDefinition): QuestionDefinition {
  const taken = new Set(allQuestions(definition).map((question) => question.key));
  return { key: freeKey(taken, 'frage_'), type: 'text', text: { de: '', en: '' }, required: false };
}

export function addSection(
  definition: QuestionnaireDefinition,
  section: QuestionnaireSection,
): QuestionnaireDefinition {
  return withSections(definition, [...definition.sections, section]);
}

export function replaceSection(
  definition: QuestionnaireDefinition,
  index: number,
  section: QuestionnaireSection,
): QuestionnaireDefinition {
  return withSections(
    definition,
    definition.sections.map((current, i) => (i === index ? section : current)),
  );
}

export function removeSection(definition: QuestionnaireDefinition, index: number): QuestionnaireDefinition {
  return withSections(
    definition,
    definition.sections.filter((_, i) => i !== index),
  );
}

export function moveSection(
  definition: QuestionnaireDefinition,
  from: number,
  to: number,
): QuestionnaireDefinition {
  if (to < 0 || to >= definition.sections.length || from === to) return definition;
  return withSections(definition, moved(definition.sections, from, to));
}

export function addQuestion(
  definition: QuestionnaireDefinition,
  sectionIndex: number,
  question: QuestionDefinition,
): QuestionnaireDefinition {
  const section = definition.sections[sectionIndex];
  return replaceSection(definition, sectionIndex, {
    ...section,
    questions: [...section.questions, question],
  });
}

/**
 * Puts the edited question in its place. A changed key is changed in the conditions and `optionsFrom` that
 * pointed at the old one too, so renaming a key does not silently break the questions that depend on it.
 */
export function replaceQuestion(
  definition: QuestionnaireDefinition,
  place: QuestionPlace,
  question: QuestionDefinition,
): QuestionnaireDefinition {
  const oldKey = definition.sections[place.section].questions[place.question].key;
  const renamed = oldKey !== question.key;
  return withSections(
    definition,
    definition.sections.map((section, s) => ({
      ...section,
      questions: section.questions.map((current, q) => {
        if (s === place.section && q === place.question) return question;
        if (!renamed) return current;
        let next = current;
        if (current.condition?.questionKey === oldKey) {
          next = { ...next, condition: { ...current.condition, questionKey: question.key } };
        }
        if (current.optionsFrom === oldKey) next = { ...next, optionsFrom: question.key };
        return next;
      }),
    })),
  );
}

export function removeQuestion(
  definition: QuestionnaireDefinition,
  place: QuestionPlace,
): QuestionnaireDefinition {
  const section = definition.sections[place.section];
  return replaceSection(definition, place.section, {
    ...section,
    questions: section.questions.filter((_, q) => q !== place.question),
  });
}

/**
 * Moves a question to another place (drag and drop, possibly into another section). Conditions are left as
 * they are: a question moved above the one its condition reads is then flagged by validateDefinition.
 */
export function moveQuestion(
  definition: QuestionnaireDefinition,
  from: QuestionPlace,
  to: QuestionPlace,
): QuestionnaireDefinition {
  const question = definition.sections[from.section].questions[from.question];
  const sections = definition.sections.map((section) => ({ ...section, questions: [...section.questions] }));
  sections[from.section].questions.splice(from.question, 1);
  const target = sections[to.section].questions;
  target.splice(Math.min(to.question, target.length), 0, question);
  return withSections(definition, sections);
}

/**
 * The place one step up (-1) or down (+1) for the keyboard buttons: within the section, and past its first or
 * last question into the end of the previous or the start of the next section. Null where it cannot go.
 */
export function stepPlace(
  definition: QuestionnaireDefinition,
  place: QuestionPlace,
  step: -1 | 1,
): QuestionPlace | null {
  const count = definition.sections[place.section].questions.length;
  const next = place.question + step;
  if (next >= 0 && next < count) return { section: place.section, question: next };
  const section = place.section + step;
  if (section < 0 || section >= definition.sections.length) return null;
  return { section, question: step < 0 ? definition.sections[section].questions.length : 0 };
}

/** The questions before a place, in order: what a condition or `optionsFrom` may refer to. */
export function questionsBefore(
  definition: QuestionnaireDefinition,
  place: QuestionPlace,
): QuestionDefinition[] {
  return definition.sections.flatMap((section, s) =>
    s < place.section
      ? section.questions
      : s === place.section
        ? section.questions.slice(0, place.question)
        : [],
  );
}

/** The problems of one section itself (its key or title), not of its questions. */
export function sectionProblems(
  problems: readonly DefinitionProblem[],
  section: number,
): DefinitionProblem[] {
  const at = `sections.${section}`;
  return problems.filter(
    (problem) =>
      problem.path === at ||
      (problem.path.startsWith(`${at}.`) && !problem.path.startsWith(`${at}.questions.`)),
  );
}

export function questionProblems(
  problems: readonly DefinitionProblem[],
  place: QuestionPlace,
): DefinitionProblem[] {
  const at = `sections.${place.section}.questions.${place.question}`;
  return problems.filter((problem) => problem.path === at || problem.path.startsWith(`${at}.`));
}

/** Problems of the whole definition (no sections at all). */
export function definitionProblems(problems: readonly DefinitionProblem[]): DefinitionProblem[] {
  return problems.filter((problem) => !problem.path.startsWith('sections.'));
}
