import { DeliverySchedule } from './deliveries';

/**
 * Due dates of a delivery schedule, on calendar days (ISO dates, no time and so no daylight saving time).
 * Shared by the API (next due date after a delivery) and the web app (a preview of the next dates).
 * PLACEHOLDER SIGNATURES: the deliveries work replaces these declarations with the implementation.
 */
/** The first due date strictly after `after` (ISO date), or null when the schedule has none left. */
export declare function nextDueDate(schedule: DeliverySchedule, after: string): string | null;
/** The next `count` due dates from `from` (inclusive). */
export declare function upcomingDueDates(schedule: DeliverySchedule, from: string, count: number): string[];
/** Null when the rule is one recurrence.ts understands, else what is wrong with it (English). */
export declare function rruleError(rrule: string): string | null;
