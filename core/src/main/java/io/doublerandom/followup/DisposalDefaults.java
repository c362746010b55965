package io.doublerandom.followup;

import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.result.ResultCatalogue;
import io.doublerandom.model.result.ResultCategory;
import io.doublerandom.model.result.ResultCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The disposals a result code calls for by default, per code (taking precedence) or per {@link
 * ResultCategory}. {@link #defaults()}:
 *
 * <ul>
 *   <li>未发现问题, 未发现经营活动, 合格, entity statuses → 无需后续处置;
 *   <li>未按规定公示, 住所无法联系 → 列入经营异常名录 (条例 art.17; the Zhejiang platform's 拟列入经营异常名录);
 *   <li>弄虚作假 → 责令立即改正 and 列入经营异常名录;
 *   <li>已责令立即改正 → 责令立即改正; 已责令限期改正 → 责令限期改正 (the finding's deadline);
 *   <li>待后续调查处理, 不合格 → 移送案源线索;
 *   <li>不配合检查情节严重 (its publication is the consequence named by 条例 art.15) and 其他情况 →
 *       nothing by default (decided case by case).
 * </ul>
 *
 * @param byCode kinds for particular codes
 * @param byCategory kinds per category
 */
public record DisposalDefaults(Map<String, List<DisposalKind>> byCode,
    Map<ResultCategory, List<DisposalKind>> byCategory) {

  /** Copies the maps (sorted). */
  public DisposalDefaults {
    TreeMap<String, List<DisposalKind>> c = new TreeMap<>();
    byCode.forEach((k, v) -> c.put(k, List.copyOf(v)));
    byCode = Collections.unmodifiableMap(c);
    EnumMap<ResultCategory, List<DisposalKind>> g = new EnumMap<>(ResultCategory.class);
    byCategory.forEach((k, v) -> g.put(k, List.copyOf(v)));
    byCategory = Collections.unmodifiableMap(g);
  }

  /** The defaults listed above. */
  public static DisposalDefaults defaults() {
    Map<ResultCategory, List<DisposalKind>> m = new EnumMap<>(ResultCategory.class);
    List<DisposalKind> none = List.of(DisposalKind.NONE);
    for (ResultCategory c : ResultCategory.values()) {
      m.put(c, none);
    }
    m.put(ResultCategory.INFORMATION_NOT_PUBLISHED, List.of(DisposalKind.ABNORMAL_LIST));
    m.put(ResultCategory.UNREACHABLE, List.of(DisposalKind.ABNORMAL_LIST));
    m.put(ResultCategory.FALSE_INFORMATION, List.of(DisposalKind.CORRECT_IMMEDIATELY,
        DisposalKind.ABNORMAL_LIST));
    m.put(ResultCategory.CORRECTED_IMMEDIATELY, List.of(DisposalKind.CORRECT_IMMEDIATELY));
    m.put(ResultCategory.CORRECTION_BY_DEADLINE, List.of(DisposalKind.CORRECT_BY_DEADLINE));
    m.put(ResultCategory.PENDING_INVESTIGATION, List.of(DisposalKind.CASE_REFERRAL));
    m.put(ResultCategory.UNQUALIFIED, List.of(DisposalKind.CASE_REFERRAL));
    m.put(ResultCategory.NON_COOPERATION, List.of());
    m.put(ResultCategory.OTHER, List.of());
    return new DisposalDefaults(Map.of(), m);
  }

  /** These defaults with {@code code} calling for {@code kinds}. */
  public DisposalDefaults withCode(String code, List<DisposalKind> kinds) {
    Map<String, List<DisposalKind>> m = new TreeMap<>(byCode);
    m.put(code, kinds);
    return new DisposalDefaults(m, byCategory);
  }

  /** The kinds {@code code} of {@code catalogue} calls for (empty when none is configured). */
  public List<DisposalKind> kindsFor(ResultCatalogue catalogue, String code) {
    List<DisposalKind> k = byCode.get(code);
    if (k != null) {
      return k;
    }
    Optional<ResultCode> rc = catalogue.find(code);
    return rc.map(c -> byCategory.getOrDefault(c.category(), List.of())).orElse(List.of());
  }
}
