import { workDe } from './work.de';

/** English texts of the work screens: exactly the keys of `workDe`. */
export const workEn: Record<keyof typeof workDe, string> = {
  'timeline.more': 'Load more',
  'tasks.noneOpen': 'No open tasks.',
};
