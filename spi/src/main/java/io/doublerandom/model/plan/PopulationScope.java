package io.doublerandom.model.plan;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.doublerandom.model.DoubleRandomStyle;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RiskRating;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The population of a plan item as data: a directory query (the conditions of the core module's
 * {@code io.doublerandom.directory.EntityQuery}, every non-empty one must hold) and, when {@link
 * #itemApplicability()} is set, "the entities the item applies to": every checklist item of the
 * plan item must apply to the entity by its {@code ApplicabilityRule}.
 *
 * <p>Two plan items have the same population exactly when their scopes are equal; the joint-plan
 * overlap check relies on this. {@link #applicable()} is the usual scope of a plan item.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutablePopulationScope.class)
@JsonDeserialize(as = ImmutablePopulationScope.class)
public abstract class PopulationScope {
  PopulationScope() {}

  /** Whether the entity must be one every item applies to; true by default. */
  @Value.Default
  public boolean itemApplicability() {
    return true;
  }

  /** Regions (any of, by containment); empty for every region. */
  @Value.NaturalOrder
  public abstract SortedSet<RegionCode> regions();

  /** Entity kinds (any of); empty for every kind. */
  @Value.NaturalOrder
  public abstract SortedSet<EntityKind> kinds();

  /** Industries (any of, by prefix); empty for no industry condition. */
  @Value.NaturalOrder
  public abstract SortedSet<IndustryCode> industries();

  /** Tags an entity must all carry. */
  @Value.NaturalOrder
  public abstract SortedSet<String> allTags();

  /** Tags of which an entity must carry at least one. */
  @Value.NaturalOrder
  public abstract SortedSet<String> anyTags();

  /** Registration statuses (any of); empty for every status. */
  @Value.NaturalOrder
  public abstract SortedSet<RegistrationStatus> statuses();

  /** The risk domain {@link #riskClasses()} refers to. */
  @Value.Default
  public String riskDomain() {
    return RiskRating.GENERAL;
  }

  /** Risk classes (any of); empty for no risk condition. */
  @Value.NaturalOrder
  public abstract SortedSet<String> riskClasses();

  /** When present, the required value of the abnormal-operations flag. */
  public abstract Optional<Boolean> abnormalList();

  /** Size classes (any of); empty for no size condition. */
  @Value.NaturalOrder
  public abstract SortedSet<EntitySize> sizes();

  /** Whether the scope has no directory condition (only, perhaps, the items' applicability). */
  public final boolean unconditional() {
    return regions().isEmpty() && kinds().isEmpty() && industries().isEmpty()
        && allTags().isEmpty() && anyTags().isEmpty() && statuses().isEmpty()
        && riskClasses().isEmpty() && abnormalList().isEmpty() && sizes().isEmpty();
  }

  @Value.Check
  void check() {
    Fields.text(riskDomain(), "risk domain of population");
    Fields.texts(allTags(), "tag of population");
    Fields.texts(anyTags(), "tag of population");
    Fields.texts(riskClasses(), "risk class of population");
  }

  /** The entities every item of the plan item applies to, with no other condition. */
  public static PopulationScope applicable() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PopulationScope}. */
  public static final class Builder extends ImmutablePopulationScope.Builder {}
}
