package io.doublerandom.model.result;

import java.util.Objects;

/**
 * One code of a result catalogue: a stable code of the catalogue's own, the text published, and
 * what a finding with it needs.
 *
 * @param code the stable code (for example {@code "R01"}); letters, digits, {@code -} and {@code _}
 * @param text the published text (for example {@code "未发现问题"})
 * @param category what the code means to the library's rules
 * @param exclusive whether the code excludes every other code of the same finding (未发现问题)
 * @param group codes that share a non-empty group exclude each other (合格 / 不合格, the entity
 *     statuses); empty for none
 * @param requiresText whether a finding with this code needs a text (其他情况)
 * @param requiresDeadline whether a finding with this code needs a correction deadline (限期改正)
 * @param detailsInternal whether the finding's text stays internal: only the code's text is
 *     published, never the inspector's note (for example 待后续调查处理, whose details belong to an
 *     investigation not yet decided)
 */
public record ResultCode(String code, String text, ResultCategory category, boolean exclusive,
    String group, boolean requiresText, boolean requiresDeadline, boolean detailsInternal) {

  /** Validates the fields. */
  public ResultCode {
    if (code == null || !code.matches("[A-Za-z0-9_-]{1,32}")) {
      throw new IllegalArgumentException("result code must be 1 to 32 letters, digits, '-' or "
          + "'_', got '" + code + "'");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text of result code " + code + " must not be blank");
    }
    Objects.requireNonNull(category, "category of result code " + code);
    group = group == null ? "" : group.strip();
  }
}
