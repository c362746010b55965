package io.doublerandom.testkit.contract;

import io.doublerandom.calendar.OfficialCalendar;
import io.doublerandom.spi.WorkingDayCalendar;

/** The bundled calendar (2007–2026) passes the working-day calendar contract. */
class OfficialCalendarContractTest extends WorkingDayCalendarContract {
  @Override
  protected WorkingDayCalendar calendar() {
    return OfficialCalendar.bundled();
  }
}
