package io.doublerandom.model.task;

import io.doublerandom.model.Labelled;

/** Where the lead (线索) of a temporary task came from. */
public enum LeadSource implements Labelled {
  /** A complaint or report (投诉举报). */
  COMPLAINT("投诉举报"),
  /** A referral from another authority (交办转办). */
  REFERRAL("交办转办"),
  /** Data monitoring (数据监测 / 网络监测). */
  MONITORING("数据监测");

  private final String label;

  LeadSource(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** Parses a constant name or its Chinese label; the error names {@code field} and the value. */
  public static LeadSource parse(String field, String text) {
    return Labelled.parse(LeadSource.class, field, text);
  }
}
