package io.doublerandom.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A credit-risk classification of an entity in one domain (信用风险分类): the general
 * classification pushed by the credit system, or a domain-specific one such as food or special
 * equipment (the notice, 二(五)). The class code belongs to a {@link RiskScheme}.
 *
 * @param domain the classification's domain, {@link #GENERAL} or a domain name such as
 *     {@link #FOOD}
 * @param riskClass the class code, for example {@code "C"}
 * @param assignedOn the date the class was assigned (classifications change monthly)
 */
public record RiskRating(String domain, String riskClass, LocalDate assignedOn) {
  /** The general (通用) credit-risk classification. */
  public static final String GENERAL = "general";
  /** Food (食品) domain classification. */
  public static final String FOOD = "food";
  /** Industrial products (工业产品) domain classification. */
  public static final String INDUSTRIAL_PRODUCTS = "industrial-products";
  /** Special equipment (特种设备) domain classification. */
  public static final String SPECIAL_EQUIPMENT = "special-equipment";
  /** Drugs, medical devices, cosmetics (药品) domain classification. */
  public static final String DRUGS = "drugs";

  /** Validates the fields; messages name the value. */
  public RiskRating {
    Checks.requireText(domain, "risk domain");
    Checks.require(!domain.contains(","), "risk domain", domain, "must not contain commas");
    Checks.requireText(riskClass, "risk class of domain " + domain);
    Objects.requireNonNull(assignedOn, "assignedOn");
  }

  /** A rating in the general domain. */
  public static RiskRating general(String riskClass, LocalDate assignedOn) {
    return new RiskRating(GENERAL, riskClass, assignedOn);
  }
}
