import { crmDe } from './crm.de';

/** English texts of the crm screens: exactly the keys of `crmDe`. */
export const crmEn: Record<keyof typeof crmDe, string> = {};
