/** German texts of the work screens; merged into `de` (see de.ts). */
export const workDe = {} satisfies Record<string, string>;
