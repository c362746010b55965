package io.doublerandom.model;

import java.util.Objects;

/**
 * A department's claim (认领) of a checklist item: the authority at a level that undertakes
 * inspections of that item.
 */
public record ItemClaim(String itemCode, String authorityCode, AuthorityLevel level) {
  /** Validates the fields. */
  public ItemClaim {
    Checks.requireText(itemCode, "item code of claim");
    Checks.requireText(authorityCode, "authority code of claim of item " + itemCode);
    Objects.requireNonNull(level, "level");
  }
}
