import { Injectable } from '@nestjs/common';
import { berlinDate } from './due-dates';

/**
 * The one place where the deliveries read the time: due and overdue depend on the day in Berlin, and a test or
 * a scheduled job can replace this provider to ask about another day.
 */
@Injectable()
export class DeliveriesClock {
  now(): Date {
    return new Date();
  }

  /** Today's date in Europe/Berlin (YYYY-MM-DD). */
  today(): string {
    return berlinDate(this.now());
  }
}
