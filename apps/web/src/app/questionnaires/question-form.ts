import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import {
  LocalizedText,
  OUTCOME_TYPES,
  QuestionDefinition,
  QuestionOption,
  QuestionOutcome,
  QuestionType,
} from '@datenlotse/contracts';

/** The shape of keys and option values (the same rule as validateDefinition's). */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,62}$/;

/** A key of the questionnaire: well formed and not taken by another section or question. */
export function keyValidator(otherKeys: readonly string[]) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (!control.value) return null;
    if (!KEY_PATTERN.test(control.value)) return { keyPattern: true };
    return otherKeys.includes(control.value) ? { keyTaken: true } : null;
  };
}

/** A text in both languages, or null when both are empty (an optional help text, intro, end label). */
export function localizedOrNull(de: string, en: string): LocalizedText | null {
  const text = { de: de.trim(), en: en.trim() };
  return text.de === '' && text.en === '' ? null : text;
}

/** A value from a German label, for an option whose value was left empty: "Ja, regelmäßig" ⇒ `ja_regelmaessig`. */
export function valueFromLabel(label: string): string {
  const value = label
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(value) ? value : value === '' ? '' : `o_${value}`;
}

export type OptionForm = FormGroup<{
  value: FormControl<string>;
  labelDe: FormControl<string>;
  labelEn: FormControl<string>;
}>;

export function optionForm(fb: NonNullableFormBuilder, option?: QuestionOption): OptionForm {
  return fb.group({
    value: [option?.value ?? '', [Validators.pattern(KEY_PATTERN)]],
    labelDe: [option?.label.de ?? '', [Validators.required, Validators.maxLength(300)]],
    labelEn: [option?.label.en ?? '', [Validators.maxLength(300)]],
  });
}

/** The question dialog's form: every field of a question, of which the type decides which count. */
export function questionForm(
  fb: NonNullableFormBuilder,
  question: QuestionDefinition,
  otherKeys: readonly string[],
) {
  return fb.group({
    key: [question.key, [Validators.required, keyValidator(otherKeys)]],
    type: [question.type as QuestionType],
    textDe: [question.text.de, [Validators.required, Validators.maxLength(1000)]],
    textEn: [question.text.en, [Validators.maxLength(1000)]],
    helpDe: [question.help?.de ?? '', [Validators.maxLength(4000)]],
    helpEn: [question.help?.en ?? '', [Validators.maxLength(4000)]],
    required: [question.required],
    /** '' for options of its own. */
    optionsFrom: [question.optionsFrom ?? ''],
    options: fb.array((question.options ?? []).map((option) => optionForm(fb, option))),
    scaleMin: [question.scale?.min ?? 1],
    scaleMax: [question.scale?.max ?? 5],
    minLabelDe: [question.scale?.minLabel?.de ?? ''],
    minLabelEn: [question.scale?.minLabel?.en ?? ''],
    maxLabelDe: [question.scale?.maxLabel?.de ?? ''],
    maxLabelEn: [question.scale?.maxLabel?.en ?? ''],
    /** '' for always shown. */
    conditionKey: [question.condition?.questionKey ?? ''],
    conditionValues: [question.condition?.values ?? ([] as string[])],
    /** '' for none. */
    outcome: [(question.outcome ?? '') as QuestionOutcome | ''],
  });
}

export type QuestionForm = ReturnType<typeof questionForm>;
export type OptionsArray = FormArray<OptionForm>;

/** The question the form describes, with only the fields its type uses. */
export function questionFromForm(form: QuestionForm): QuestionDefinition {
  const value = form.getRawValue();
  const question: QuestionDefinition = {
    key: value.key.trim(),
    type: value.type,
    text: { de: value.textDe.trim(), en: value.textEn.trim() },
    required: value.required,
  };
  const help = localizedOrNull(value.helpDe, value.helpEn);
  if (help) question.help = help;
  const isChoice = value.type === 'single_choice' || value.type === 'multi_choice';
  if (value.type === 'single_choice' && value.optionsFrom) {
    question.optionsFrom = value.optionsFrom;
  } else if (isChoice) {
    question.options = value.options.map((option) => ({
      value: option.value.trim() || valueFromLabel(option.labelDe),
      label: { de: option.labelDe.trim(), en: option.labelEn.trim() },
    }));
  }
  if (value.type === 'scale') {
    question.scale = {
      min: Number(value.scaleMin),
      max: Number(value.scaleMax),
      minLabel: localizedOrNull(value.minLabelDe, value.minLabelEn),
      maxLabel: localizedOrNull(value.maxLabelDe, value.maxLabelEn),
    };
  }
  if (value.conditionKey) {
    question.condition = {
      questionKey: value.conditionKey,
      ...(value.conditionValues.length > 0 ? { values: value.conditionValues } : {}),
    };
  }
  if (value.outcome && OUTCOME_TYPES[value.outcome] === value.type) question.outcome = value.outcome;
  return question;
}
