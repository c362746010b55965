package io.doublerandom.result;

import io.doublerandom.model.result.ResultCategory;
import io.doublerandom.model.result.ResultCode;
import io.doublerandom.model.result.ResultCatalogue;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How long a result stays published before the entity may apply to stop its publication (停止公示):
 * a minimum period per result code, else per {@link ResultCategory}, else a fallback. A result
 * with several codes needs the longest of its codes' periods (the latest earliest date).
 *
 * <p>No national rule fixes these periods for random-inspection results [open,
 * reference/regulation.md]; {@link #defaults()} follows the reference model of 《市场监督管理行政处罚
 * 信息公示规定》 (2021): 3 years for findings of a problem not yet remedied (未按规定公示, 弄虚作假,
 * 住所无法联系, 不配合检查, 待后续调查处理, 不合格) and for 其他情况, 3 months for the rest (problems
 * corrected on order, 未发现问题, 合格, 未发现经营活动, entity statuses). Configure them per province.
 *
 * @param byCode minimum periods for particular codes (take precedence)
 * @param byCategory minimum periods per category
 * @param fallback the period of a code matched by neither
 */
public record StopPublicationPolicy(Map<String, Period> byCode,
    Map<ResultCategory, Period> byCategory, Period fallback) {

  /** Validates and copies (sorted maps, so the policy prints deterministically). */
  public StopPublicationPolicy {
    byCode = Collections.unmodifiableMap(new TreeMap<>(byCode));
    EnumMap<ResultCategory, Period> cat = new EnumMap<>(ResultCategory.class);
    cat.putAll(byCategory);
    byCategory = Collections.unmodifiableMap(cat);
    Objects.requireNonNull(fallback, "fallback");
    byCode.forEach((c, p) -> nonNegative("byCode[" + c + "]", p));
    byCategory.forEach((c, p) -> nonNegative("byCategory[" + c.name() + "]", p));
    nonNegative("fallback", fallback);
  }

  private static void nonNegative(String field, Period p) {
    Objects.requireNonNull(p, field);
    if (p.isNegative()) {
      throw new IllegalArgumentException(field + ": a minimum period must not be negative, got "
          + p);
    }
  }

  /** The defaults described above [open]. */
  public static StopPublicationPolicy defaults() {
    Map<ResultCategory, Period> m = new EnumMap<>(ResultCategory.class);
    for (ResultCategory c : ResultCategory.values()) {
      boolean severe = c.isProblem() && c != ResultCategory.CORRECTED_IMMEDIATELY
          && c != ResultCategory.CORRECTION_BY_DEADLINE;
      m.put(c, severe || c == ResultCategory.OTHER ? Period.ofYears(3) : Period.ofMonths(3));
    }
    return new StopPublicationPolicy(Map.of(), m, Period.ofMonths(3));
  }

  /** This policy with {@code code} held for {@code period}. */
  public StopPublicationPolicy withCode(String code, Period period) {
    Map<String, Period> m = new TreeMap<>(byCode);
    m.put(code, period);
    return new StopPublicationPolicy(m, byCategory, fallback);
  }

  /** This policy with {@code category} held for {@code period}. */
  public StopPublicationPolicy withCategory(ResultCategory category, Period period) {
    Map<ResultCategory, Period> m = new EnumMap<>(ResultCategory.class);
    m.putAll(byCategory);
    m.put(category, period);
    return new StopPublicationPolicy(byCode, m, fallback);
  }

  /** The minimum period of {@code code} of {@code catalogue}. */
  public Period periodOf(ResultCatalogue catalogue, String code) {
    Period p = byCode.get(code);
    if (p != null) {
      return p;
    }
    Optional<ResultCode> rc = catalogue.find(code);
    return rc.map(c -> byCategory.getOrDefault(c.category(), fallback)).orElse(fallback);
  }

  /**
   * The first date publication may stop for a result with {@code codes} published on {@code
   * publishedOn}, and the rule in words.
   */
  Decision earliest(ResultCatalogue catalogue, Iterable<String> codes, LocalDate publishedOn) {
    LocalDate earliest = publishedOn;
    String rule = "no result code: " + Period.ZERO;
    boolean first = true;
    for (String code : codes) {
      Period p = periodOf(catalogue, code);
      LocalDate d = publishedOn.plus(p);
      if (first || d.isAfter(earliest)) {
        earliest = d;
        rule = code + ": " + p + " after publication";
        first = false;
      }
    }
    return new Decision(earliest, rule);
  }

  /** The earliest date and the rule that set it. */
  record Decision(LocalDate earliest, String rule) {}
}
