/** German texts of the work screens; merged into `de` (see de.ts). */
export const workDe = {
  'timeline.more': 'Mehr laden',
  'tasks.noneOpen': 'Keine offenen Aufgaben.',
} satisfies Record<string, string>;
