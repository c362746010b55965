package io.doublerandom.model.result;

/**
 * The kind of a result code: the nine categories of the notice 二(七) (with 立即 / 限期改正 and 合格 /
 * 不合格 each split in two) and the entity-status outcomes a platform needs. Provincial catalogues
 * may map several codes to one category; the library's rules read the category, never a code's
 * text.
 */
public enum ResultCategory {
  /** 未发现问题. */
  NO_PROBLEM("未发现问题"),
  /** 未按规定公示应当公示的信息. */
  INFORMATION_NOT_PUBLISHED("未按规定公示应当公示的信息"),
  /** 公示信息隐瞒真实情况、弄虚作假 (a provincial extension, Zhejiang C). */
  FALSE_INFORMATION("公示信息隐瞒真实情况、弄虚作假"),
  /** 通过登记的住所（经营场所）无法联系. */
  UNREACHABLE("通过登记的住所（经营场所）无法联系"),
  /** 不配合检查情节严重. */
  NON_COOPERATION("不配合检查情节严重"),
  /** 未发现开展本次抽查涉及的经营活动. */
  NO_ACTIVITY("未发现开展本次抽查涉及的经营活动"),
  /** 发现问题，已责令立即改正. */
  CORRECTED_IMMEDIATELY("发现问题已责令立即改正"),
  /** 发现问题，已责令限期改正 (needs the deadline). */
  CORRECTION_BY_DEADLINE("发现问题已责令限期改正"),
  /** 发现问题，待后续调查处理. */
  PENDING_INVESTIGATION("发现问题待后续调查处理"),
  /** 合格 (product and sampling items). */
  QUALIFIED("合格"),
  /** 不合格 (product and sampling items). */
  UNQUALIFIED("不合格"),
  /** 其他情况 (needs a text). */
  OTHER("其他情况"),
  /** The entity was deregistered (已注销). */
  DEREGISTERED("已注销"),
  /** The entity's licence was revoked (被吊销). */
  REVOKED("被吊销营业执照"),
  /** The entity moved out of the authority's jurisdiction (已迁出). */
  MOVED_OUT("已迁出"),
  /** The entity has closed, suspended business or is being liquidated (已关闭停业或正在组织清算). */
  CLOSED("已关闭停业或正在组织清算");

  private final String label;

  ResultCategory(String label) {
    this.label = label;
  }

  /** The category's Chinese name. */
  public String label() {
    return label;
  }

  /** Whether the category reports a problem found (a finding that calls for follow-up). */
  public boolean isProblem() {
    return switch (this) {
      case INFORMATION_NOT_PUBLISHED, FALSE_INFORMATION, UNREACHABLE, NON_COOPERATION,
          CORRECTED_IMMEDIATELY, CORRECTION_BY_DEADLINE, PENDING_INVESTIGATION, UNQUALIFIED -> true;
      default -> false;
    };
  }

  /** Whether the category records the entity's registration status rather than a finding. */
  public boolean isEntityStatus() {
    return this == DEREGISTERED || this == REVOKED || this == MOVED_OUT || this == CLOSED;
  }
}
