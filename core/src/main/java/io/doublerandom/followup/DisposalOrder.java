package io.doublerandom.followup;

import io.doublerandom.model.followup.DisposalKind;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do about a result, as an officer orders it: the kind and the details it needs.
 *
 * @param kind the measure
 * @param resultCode the result code it answers, or empty
 * @param deadline the correction deadline ({@link DisposalKind#CORRECT_BY_DEADLINE})
 * @param listingDate the listing date ({@link DisposalKind#ABNORMAL_LIST})
 * @param department the department notified ({@link DisposalKind#NOTIFY_DEPARTMENT})
 * @param note a note (required by {@link DisposalKind#OTHER} and {@link
 *     DisposalKind#DISCIPLINE_REFERRAL})
 */
public record DisposalOrder(DisposalKind kind, Optional<String> resultCode,
    Optional<LocalDate> deadline, Optional<LocalDate> listingDate, Optional<String> department,
    Optional<String> note) {

  /** Null-safe copies. */
  public DisposalOrder {
    Objects.requireNonNull(kind, "kind");
    resultCode = resultCode == null ? Optional.empty() : resultCode;
    deadline = deadline == null ? Optional.empty() : deadline;
    listingDate = listingDate == null ? Optional.empty() : listingDate;
    department = department == null ? Optional.empty() : department;
    note = note == null ? Optional.empty() : note;
  }

  private static DisposalOrder of(DisposalKind kind) {
    return new DisposalOrder(kind, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** 无需后续处置. */
  public static DisposalOrder none() {
    return of(DisposalKind.NONE);
  }

  /** 责令立即改正. */
  public static DisposalOrder correctImmediately() {
    return of(DisposalKind.CORRECT_IMMEDIATELY);
  }

  /** 责令限期改正 by {@code deadline}. */
  public static DisposalOrder correctBy(LocalDate deadline) {
    return new DisposalOrder(DisposalKind.CORRECT_BY_DEADLINE, Optional.empty(),
        Optional.of(deadline), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** 列入经营异常名录 on {@code listingDate}. */
  public static DisposalOrder abnormalList(LocalDate listingDate) {
    return new DisposalOrder(DisposalKind.ABNORMAL_LIST, Optional.empty(), Optional.empty(),
        Optional.of(listingDate), Optional.empty(), Optional.empty());
  }

  /** 移送案源线索 to the case-handling system. */
  public static DisposalOrder caseReferral() {
    return of(DisposalKind.CASE_REFERRAL);
  }

  /** 抄告 {@code department}. */
  public static DisposalOrder notifyDepartment(String department) {
    return new DisposalOrder(DisposalKind.NOTIFY_DEPARTMENT, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.ofNullable(department), Optional.empty());
  }

  /** 移送纪检监察 (inspector misconduct), with what happened. */
  public static DisposalOrder disciplineReferral(String note) {
    return new DisposalOrder(DisposalKind.DISCIPLINE_REFERRAL, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(note));
  }

  /** 其他, with a note. */
  public static DisposalOrder other(String note) {
    return new DisposalOrder(DisposalKind.OTHER, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.ofNullable(note));
  }

  /** This order as the answer to result code {@code code}. */
  public DisposalOrder forCode(String code) {
    return new DisposalOrder(kind, Optional.of(code), deadline, listingDate, department, note);
  }
}
