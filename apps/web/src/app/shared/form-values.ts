/** A text field's value for the API: trimmed, and null when nothing is left. */
export function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
