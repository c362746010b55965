/**
 * Working days, deadlines and clocks. Entry points: {@link
 * io.doublerandom.calendar.OfficialCalendar} (China's calendar from the State Council's holiday
 * notices, 2007–2026 bundled, newer years read by {@link io.doublerandom.calendar.CalendarTsv}),
 * {@link io.doublerandom.calendar.DeadlineRules} (the due date of a publication, correction,
 * listing or decision, with the rule's source), {@link io.doublerandom.calendar.Deadlines} (the
 * overdue list per authority) and {@link io.doublerandom.calendar.ManualClock} (a settable clock
 * for tests and replays). docs/calendar.md is the guide.
 */
package io.doublerandom.calendar;
