package io.doublerandom.model.result;

/**
 * Where a result stands: 未录入 → 待审核 → (退回 → 待审核 …) → 已审核 → 已公示 → (已停止公示), or 不通过
 * after which the team enters it anew.
 */
public enum ResultState {
  /** 未录入: the team is assigned, nothing entered yet. */
  NOT_ENTERED("未录入"),
  /** 待审核: entered by a team member, waiting for the audit. */
  PENDING_AUDIT("待审核"),
  /** 退回: returned by the auditor with an opinion; the team corrects and enters again. */
  RETURNED("退回"),
  /** 不通过: rejected by the auditor; the findings are discarded and the team enters anew. */
  REJECTED("不通过"),
  /** 已审核: approved by an auditor, ready to publish. */
  AUDITED("已审核"),
  /** 已公示: published. */
  PUBLISHED("已公示"),
  /** 已停止公示: the publication was withdrawn from a date (the record and its history stay). */
  WITHDRAWN("已停止公示");

  private final String label;

  ResultState(String label) {
    this.label = label;
  }

  /** The state's Chinese name. */
  public String label() {
    return label;
  }

  /** {@code NAME (中文)}, as error messages write it. */
  @Override
  public String toString() {
    return name() + " (" + label + ")";
  }
}
