package io.doublerandom.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.doublerandom.calendar.OfficialCalendar;
import io.doublerandom.spi.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The calendar contract fails the faults it is there to catch. */
class WorkingDayCalendarContractFaultsTest {
  private static final OfficialCalendar REAL = OfficialCalendar.bundled();

  /** The known fault of older platforms: "N working days later" is the (N+1)-th. */
  private static final class OffByOne implements WorkingDayCalendar {
    @Override
    public String version() {
      return "off-by-one";
    }

    @Override
    public boolean covers(int year) {
      return REAL.covers(year);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return REAL.isWorkingDay(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int n) {
      return n == 0 ? date : REAL.plusWorkingDays(date, n + 1);
    }
  }

  /** Guesses Monday to Friday for a year it does not cover. */
  private static final class Guessing implements WorkingDayCalendar {
    @Override
    public String version() {
      return "guessing";
    }

    @Override
    public boolean covers(int year) {
      return REAL.covers(year);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
      return covers(date.getYear()) ? REAL.isWorkingDay(date)
          : date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
  }

  private static WorkingDayCalendarContract contractOf(WorkingDayCalendar calendar) {
    return new WorkingDayCalendarContract() {
      @Override
      protected WorkingDayCalendar calendar() {
        return calendar;
      }
    };
  }

  @Test
  void theNPlusFirstWorkingDayFails() {
    WorkingDayCalendarContract c = contractOf(new OffByOne());
    assertThrows(AssertionFailedError.class,
        c::plusWorkingDaysIsTheNormativeNthWorkingDayAfterTheDate);
  }

  @Test
  void aGuessForAnUncoveredYearFails() {
    WorkingDayCalendarContract c = contractOf(new Guessing());
    assertThrows(AssertionFailedError.class,
        c::anUncoveredDateIsAnErrorNamingTheDateAndTheVersion);
  }
}
