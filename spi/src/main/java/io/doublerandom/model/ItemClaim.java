package io.doublerandom.model;

import java.util.Objects;

/**
 * A department's claim (认领) of a checklist item: the authority at a level that undertakes
 * inspections of that item.
 */
public record ItemClaim(String itemCode, String authorityCode, AuthorityLevel level) {
  /** Validates the fields. */
  public ItemClaim {
    Checks.requireNonBlank(itemCode, "item code");
    Checks.requireNonBlank(authorityCode, "authority code");
    Objects.requireNonNull(level, "level");
  }
}
