package io.doublerandom.plan;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.directory.EntityQuery;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.plan.PlanItem;
import io.doublerandom.model.plan.PopulationScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan item's population in a directory: the {@link PopulationScope}'s conditions as an {@link
 * EntityQuery}, and, when the scope asks for item applicability, only the entities every checklist
 * item of the plan item applies to.
 */
public final class PlanPopulations {
  private PlanPopulations() {}

  /** The scope's directory conditions as a query (without the items' applicability). */
  public static EntityQuery query(PopulationScope scope) {
    Objects.requireNonNull(scope, "scope");
    EntityQuery.Builder b = EntityQuery.builder()
        .addAllRegions(scope.regions())
        .addAllKinds(scope.kinds())
        .addAllIndustries(scope.industries())
        .addAllAllTags(scope.allTags())
        .addAllAnyTags(scope.anyTags())
        .addAllStatuses(scope.statuses())
        .riskDomain(scope.riskDomain())
        .addAllRiskClasses(scope.riskClasses())
        .addAllSizes(scope.sizes());
    scope.abnormalList().ifPresent(b::abnormalList);
    return b.build();
  }

  /**
   * The entities of {@code item}'s population in {@code directory}, in the directory's order.
   *
   * @param checklist the checklist version the item names
   * @throws IllegalArgumentException if the checklist is not the item's or lacks one of its codes
   */
  public static List<MarketEntity> select(EntityDirectory directory, PlanItem item,
      Checklist checklist) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(checklist, "checklist");
    if (!checklist.name().equals(item.checklist().name())
        || checklist.version() != item.checklist().version()) {
      throw new IllegalArgumentException("plan item " + item.id() + " names checklist "
          + item.checklist() + ", not " + checklist.name() + " v" + checklist.version());
    }
    List<ApplicabilityRule> rules = new ArrayList<>();
    for (String code : item.itemCodes()) {
      InspectionItem i = checklist.item(code).orElseThrow(() -> new IllegalArgumentException(
          "item code '" + code + "' of plan item " + item.id() + " is not an item of checklist "
              + item.checklist()));
      rules.add(i.appliesTo());
    }
    EntityQuery query = query(item.population());
    if (!item.population().itemApplicability()) {
      return directory.query(query);
    }
    List<MarketEntity> out = new ArrayList<>();
    for (MarketEntity e : directory.query(EntityQuery.builder().from(query)
        .rule(rules.get(0)).build())) {
      if (rules.stream().allMatch(r -> r.matches(e))) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }
}
