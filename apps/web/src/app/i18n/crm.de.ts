/** German texts of the crm screens; merged into `de` (see de.ts). */
export const crmDe = {} satisfies Record<string, string>;
