package io.doublerandom.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named, versioned checklist of inspection items (for example "随机抽查事项清单（第三版）"),
 * with the claims (认领) departments have made of its items.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableChecklist.class)
@JsonDeserialize(as = ImmutableChecklist.class)
public abstract class Checklist {
  Checklist() {}

  /** Name of the list, for example {@code 随机抽查事项清单}. */
  public abstract String name();

  /** Version number, starting at 1 (第一版). */
  public abstract int version();

  /** Code of the authority that issued the list, if recorded. */
  public abstract Optional<String> issuedBy();

  /** Date from which the version is in force, if recorded. */
  public abstract Optional<LocalDate> effectiveFrom();

  /** The items, in published order; codes unique. */
  public abstract List<InspectionItem> items();

  /** Claims of items by authorities; each names an item of this list. */
  public abstract List<ItemClaim> claims();

  /** The item with this code. */
  public final Optional<InspectionItem> item(String code) {
    for (InspectionItem i : items()) {
      if (i.code().equals(code)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The claims made by the authority with this code. */
  public final List<ItemClaim> claimsBy(String authorityCode) {
    List<ItemClaim> out = new ArrayList<>();
    for (ItemClaim c : claims()) {
      if (c.authorityCode().equals(authorityCode)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /** The claims of the item with this code. */
  public final List<ItemClaim> claimsOf(String itemCode) {
    List<ItemClaim> out = new ArrayList<>();
    for (ItemClaim c : claims()) {
      if (c.itemCode().equals(itemCode)) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  @Value.Check
  void check() {
    Checks.requireText(name(), "checklist name");
    Checks.requireText(issuedBy(), "issuer of checklist " + name());
    Checks.require(version() >= 1, "version of checklist " + name(), version(), "must be >= 1");
    Set<String> codes = new HashSet<>();
    for (InspectionItem i : items()) {
      Checks.require(codes.add(i.code()), "item code in checklist " + name(), i.code(),
          "must be unique");
    }
    Set<ItemClaim> claims = new HashSet<>();
    for (ItemClaim c : claims()) {
      Checks.require(codes.contains(c.itemCode()), "claimed item of checklist " + name(),
          c.itemCode(), "must be an item of the list");
      Checks.require(claims.add(c), "claim in checklist " + name(), c, "must not repeat");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Checklist}. */
  public static final class Builder extends ImmutableChecklist.Builder {}
}
