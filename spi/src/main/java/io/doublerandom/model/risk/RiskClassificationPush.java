package io.doublerandom.model.risk;

import io.doublerandom.model.EntityId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One periodic full push of a credit-risk classification (the notice 二(五): the general
 * classification and the domain classifications such as food or special equipment, reclassified
 * monthly): every classified entity of one domain with its class, as of one date. The push is
 * complete: an entity it does not name has no class in that domain from {@code asOf} on.
 *
 * @param domain the classification's domain, {@code RiskRating.GENERAL} or a domain name
 * @param asOf the date the classification holds from
 * @param classes every classified entity with its class code, ordered by id
 * @param source where the push came from, for example {@code 国家企业信用信息公示系统 2025-03}
 */
public record RiskClassificationPush(String domain, LocalDate asOf, Map<EntityId, String> classes,
    String source) {
  /**
   * Validates the fields and copies {@code classes} into an unmodifiable id-ordered map.
   *
   * @throws IllegalArgumentException if the domain or source is blank, the domain contains a
   *     comma, or a class code is blank (the message names the entity)
   */
  public RiskClassificationPush {
    domain = text(domain, "domain of a risk classification push");
    if (domain.contains(",")) {
      throw new IllegalArgumentException("domain of a risk classification push must not contain "
          + "commas, got '" + domain + "'");
    }
    Objects.requireNonNull(asOf, "asOf of the " + domain + " push");
    Objects.requireNonNull(classes, "classes of the " + domain + " push");
    SortedMap<EntityId, String> sorted = new TreeMap<>();
    for (Map.Entry<EntityId, String> e : classes.entrySet()) {
      EntityId id = Objects.requireNonNull(e.getKey(), "entity id in the " + domain + " push");
      sorted.put(id, text(e.getValue(), "risk class of entity " + id.value() + " in the "
          + domain + " push of " + asOf));
    }
    classes = Collections.unmodifiableSortedMap(sorted);
    source = text(source, "source of the " + domain + " push of " + asOf);
  }

  private static String text(String value, String field) {
    if (value == null || value.isBlank() || !value.equals(value.strip())) {
      throw new IllegalArgumentException(field
          + " must be non-blank text without surrounding spaces, got '" + value + "'");
    }
    return value;
  }

  /** {@code domain@asOf}, for example {@code general@2025-03-31}: the push's identity. */
  public String key() {
    return domain + "@" + asOf;
  }
}
