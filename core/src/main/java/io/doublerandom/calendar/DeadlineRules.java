package io.doublerandom.calendar;

import io.doublerandom.model.calendar.DeadlineKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The configured working-day rules per {@link DeadlineKind}. {@link #defaults()}:
 *
 * <table>
 *   <caption>Default rules</caption>
 *   <tr><th>kind</th><th>term</th><th>source</th></tr>
 *   <tr><td>result publication</td><td>20 working days from the day the result is formed</td>
 *       <td>《企业信息公示暂行条例》第六条 [P]</td></tr>
 *   <tr><td>abnormal-list listing</td><td>10 working days from 查实 (address unreachable)</td>
 *       <td>《企业经营异常名录管理办法》 [S]</td></tr>
 *   <tr><td>stop-publication decision</td><td>15 working days from the application</td>
 *       <td>[open]: no national period was found; configure the local rule</td></tr>
 *   <tr><td>correction</td><td>none: due by the 限期 of the order ({@link
 *       Deadlines#correction})</td><td>the order</td></tr>
 * </table>
 *
 * <p>Immutable; {@link #with} and {@link #without} return changed copies.
 */
public final class DeadlineRules {
  /** The source of the default result-publication rule. */
  public static final String BASIS_PUBLICATION = "《企业信息公示暂行条例》第六条: information the "
      + "authority forms in its duties is published within 20 working days of its formation";
  /** The source of the default abnormal-list rule. */
  public static final String BASIS_LISTING = "《企业经营异常名录管理办法》: an entity that cannot be "
      + "reached at its registered address is listed within 10 working days of 查实 "
      + "[secondary copies; confirm the local rule]";
  /** The source of the default stop-publication decision rule. */
  public static final String BASIS_STOP_PUBLICATION = "[open] no national period for deciding an "
      + "application to stop publishing inspection results was found; 15 working days is this "
      + "library's default, configure the local rule";

  private static final DeadlineRules DEFAULTS = new DeadlineRules(new EnumMap<>(Map.of(
      DeadlineKind.RESULT_PUBLICATION,
      new DeadlineRule(DeadlineKind.RESULT_PUBLICATION, 20, BASIS_PUBLICATION),
      DeadlineKind.ABNORMAL_LIST_LISTING,
      new DeadlineRule(DeadlineKind.ABNORMAL_LIST_LISTING, 10, BASIS_LISTING),
      DeadlineKind.STOP_PUBLICATION_DECISION,
      new DeadlineRule(DeadlineKind.STOP_PUBLICATION_DECISION, 15, BASIS_STOP_PUBLICATION))));

  private final EnumMap<DeadlineKind, DeadlineRule> rules;

  private DeadlineRules(EnumMap<DeadlineKind, DeadlineRule> rules) {
    this.rules = rules;
  }

  /** The default rules of the table above. */
  public static DeadlineRules defaults() {
    return DEFAULTS;
  }

  /** No rules at all: every deadline by a fixed date, or rules added with {@link #with}. */
  public static DeadlineRules none() {
    return new DeadlineRules(new EnumMap<>(DeadlineKind.class));
  }

  /** These rules with {@code rule} for its kind, replacing the one there was. */
  public DeadlineRules with(DeadlineRule rule) {
    Objects.requireNonNull(rule, "rule");
    EnumMap<DeadlineKind, DeadlineRule> copy = copy();
    copy.put(rule.kind(), rule);
    return new DeadlineRules(copy);
  }

  /** These rules with {@code workingDays} for {@code kind}, from {@code basis}. */
  public DeadlineRules with(DeadlineKind kind, int workingDays, String basis) {
    return with(new DeadlineRule(kind, workingDays, basis));
  }

  /** These rules without a rule for {@code kind}. */
  public DeadlineRules without(DeadlineKind kind) {
    EnumMap<DeadlineKind, DeadlineRule> copy = copy();
    copy.remove(Objects.requireNonNull(kind, "kind"));
    return new DeadlineRules(copy);
  }

  /** The rule for {@code kind}, if one is configured. */
  public Optional<DeadlineRule> rule(DeadlineKind kind) {
    return Optional.ofNullable(rules.get(Objects.requireNonNull(kind, "kind")));
  }

  /** Every configured rule, in the order of {@link DeadlineKind}. */
  public List<DeadlineRule> rules() {
    return List.copyOf(rules.values());
  }

  private EnumMap<DeadlineKind, DeadlineRule> copy() {
    return rules.isEmpty() ? new EnumMap<>(DeadlineKind.class) : new EnumMap<>(rules);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeadlineRules other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return "DeadlineRules" + rules.values();
  }
}
