/**
 * Deadline values: {@link io.doublerandom.model.calendar.Deadline} with its {@link
 * io.doublerandom.model.calendar.DeadlineKind} and {@link
 * io.doublerandom.model.calendar.DeadlineStatus}. The rules that compute them are in {@code
 * io.doublerandom.calendar} of {@code doublerandom-core}.
 */
package io.doublerandom.model.calendar;
