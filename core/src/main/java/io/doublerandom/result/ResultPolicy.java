package io.doublerandom.result;

/**
 * The configurable rules of result publication.
 *
 * @param publicationWorkingDays the working days after a result is formed within which it is
 *     published; default 20 (企业信息公示暂行条例 第六条, reference/regulation.md)
 */
public record ResultPolicy(int publicationWorkingDays) {
  /** The default period: {@value} working days. */
  public static final int DEFAULT_PUBLICATION_WORKING_DAYS = 20;

  /** Validates the period. */
  public ResultPolicy {
    if (publicationWorkingDays < 0) {
      throw new IllegalArgumentException("publicationWorkingDays must be 0 or more, got "
          + publicationWorkingDays);
    }
  }

  /** 20 working days. */
  public static ResultPolicy defaults() {
    return new ResultPolicy(DEFAULT_PUBLICATION_WORKING_DAYS);
  }
}
