package io.doublerandom.model.followup;

/** What is done about a result (后续处置). */
public enum DisposalKind {
  /** 无需后续处置. */
  NONE("无需后续处置"),
  /** 责令立即改正. */
  CORRECT_IMMEDIATELY("责令立即改正"),
  /** 责令限期改正 (needs a deadline). */
  CORRECT_BY_DEADLINE("责令限期改正"),
  /** 列入经营异常名录 (needs the listing date). */
  ABNORMAL_LIST("列入经营异常名录"),
  /** 移送案源线索 to the case-handling system (a referral goes out). */
  CASE_REFERRAL("移送案源线索"),
  /** 抄告相关部门 (needs the department). */
  NOTIFY_DEPARTMENT("抄告相关部门"),
  /** 移送纪检监察 (inspector misconduct). */
  DISCIPLINE_REFERRAL("移送纪检监察"),
  /** 其他 (needs a note). */
  OTHER("其他");

  private final String label;

  DisposalKind(String label) {
    this.label = label;
  }

  /** The Chinese name. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return name() + " (" + label + ")";
  }
}
