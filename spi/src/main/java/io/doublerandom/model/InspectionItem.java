package io.doublerandom.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * An item of the checklist of random-inspection items (随机抽查事项清单): what is inspected, in which
 * category, for which entities, how, by whom and on which legal basis.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableInspectionItem.class)
@JsonDeserialize(as = ImmutableInspectionItem.class)
public abstract class InspectionItem {
  InspectionItem() {}

  /** Stable code, unique in a checklist, for example {@code SC-01-01}. */
  public abstract String code();

  /** Inspection category (抽查类别), for example {@code 登记事项检查}. */
  public abstract String category();

  /** Item name (抽查事项). */
  public abstract String name();

  /** The rule mapping the item to its target entities. */
  @Value.Default
  public ApplicabilityRule appliesTo() {
    return ApplicabilityRule.any();
  }

  /** The published description of the targets (检查对象), as text. */
  public abstract Optional<String> targetDescription();

  /** General or key item. */
  public abstract ItemKind kind();

  /** Inspection methods (检查方式). */
  @Value.NaturalOrder
  public abstract SortedSet<InspectionMethod> methods();

  /** Responsible department (检查主体), as published. */
  public abstract String responsibleDepartment();

  /** Levels whose authorities inspect this item. */
  @Value.NaturalOrder
  public abstract SortedSet<AuthorityLevel> levels();

  /** Legal basis (检查依据). */
  public abstract Optional<String> legalBasis();

  /** Specialties an inspection team for this item must include. */
  @Value.NaturalOrder
  public abstract SortedSet<String> requiredSpecialties();

  @Value.Check
  void check() {
    Checks.requireText(code(), "item code");
    Checks.requireText(category(), "category of item " + code());
    Checks.requireText(name(), "name of item " + code());
    Checks.requireText(targetDescription(), "target description of item " + code());
    Checks.requireText(responsibleDepartment(), "responsible department of item " + code());
    Checks.requireText(legalBasis(), "legal basis of item " + code());
    Checks.requireTexts(requiredSpecialties(), "required specialty of item " + code());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InspectionItem}. */
  public static final class Builder extends ImmutableInspectionItem.Builder {}
}
