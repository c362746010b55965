package io.doublerandom.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.doublerandom.model.DoubleRandomStyle;
import io.doublerandom.model.InspectionMethod;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One row of an annual plan: which checklist items are inspected, on which population, how many
 * targets (by risk class, ratio or count), how often, how, and in which batches.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutablePlanItem.class)
@JsonDeserialize(as = ImmutablePlanItem.class)
public abstract class PlanItem {
  PlanItem() {}

  /** The item's id, stable across the plan's versions and unique in its plan (e.g. {@code "1"}). */
  public abstract String id();

  /** The item's name as published (年度计划名称 / 检查内容), if any. */
  public abstract Optional<String> name();

  /** The checklist version the item codes refer to. */
  public abstract ChecklistRef checklist();

  /** The checklist item codes inspected (1+X: several items on one visit); at least one. */
  public abstract List<String> itemCodes();

  /** The population the targets are drawn from. */
  @Value.Default
  public PopulationScope population() {
    return PopulationScope.applicable();
  }

  /** How many targets are drawn. */
  public abstract Sampling sampling();

  /** How often in the plan's period. */
  @Value.Default
  public Frequency frequency() {
    return Frequency.ONCE;
  }

  /** How the items are inspected; at least one. */
  @Value.NaturalOrder
  public abstract SortedSet<InspectionMethod> methods();

  /** The department (股室) responsible for the item, if named. */
  public abstract Optional<String> department();

  /** The batches, in number order (1, 2, ...); at least one. */
  public abstract List<Batch> batches();

  /**
   * Why this item is inspected although a joint plan of the same year covers the same items on
   * the same population (the notice: what can join a joint inspection is not inspected again
   * internally); absent when there is no such overlap.
   */
  public abstract Optional<String> jointOverlapReason();

  /** The batch with this number. */
  public final Optional<Batch> batch(int number) {
    return batches().stream().filter(b -> b.number() == number).findFirst();
  }

  @Value.Check
  void check() {
    Fields.text(id(), "plan item id");
    Fields.text(name(), "name of plan item " + id());
    Fields.require(!itemCodes().isEmpty(), "item codes of plan item " + id(), itemCodes(),
        "must not be empty");
    Fields.texts(itemCodes(), "item code of plan item " + id());
    Set<String> codes = new HashSet<>();
    for (String c : itemCodes()) {
      Fields.require(codes.add(c), "item code of plan item " + id(), c, "must not repeat");
    }
    Fields.require(!methods().isEmpty(), "methods of plan item " + id(), methods(),
        "must not be empty");
    Fields.text(department(), "department of plan item " + id());
    Fields.require(!batches().isEmpty(), "batches of plan item " + id(), batches(),
        "must not be empty");
    for (int i = 0; i < batches().size(); i++) {
      Fields.require(batches().get(i).number() == i + 1, "batch numbers of plan item " + id(),
          batches().get(i).number(), "must be 1, 2, ... in order (expected " + (i + 1) + ")");
    }
    Fields.text(jointOverlapReason(), "joint overlap reason of plan item " + id());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanItem}. */
  public static final class Builder extends ImmutablePlanItem.Builder {}
}
