// The plan as an iCalendar (.ics) file: one event per step, with reminders; see build.ts for the choices.
export { type BuildCalendarOptions, buildCalendar, eventUid, summaryOf, UID_DOMAIN } from './build.js';
