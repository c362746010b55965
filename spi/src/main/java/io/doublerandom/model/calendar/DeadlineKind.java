package io.doublerandom.model.calendar;

/** What a {@link Deadline} is for. */
public enum DeadlineKind {
  /** Publishing an inspection result (抽查检查结果公示), counted from the day it was formed. */
  RESULT_PUBLICATION,
  /** A correction ordered with a time limit (责令限期改正), due by the order's 限期. */
  CORRECTION,
  /** Listing an entity on the abnormal-operation list (列入经营异常名录), counted from 查实. */
  ABNORMAL_LIST_LISTING,
  /** Deciding an entity's application to stop publication (停止公示 / 信用修复). */
  STOP_PUBLICATION_DECISION;

  /** The kind's code in records and messages, for example {@code result-publication}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
