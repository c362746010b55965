package io.doublerandom.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supervising authority (a market-regulation bureau or another department) at a level.
 *
 * <p>Codes are the integrator's own stable identifiers (for example {@code "SX-140105-SCJG"});
 * the library only requires that they are unique within a directory.
 */
@Value.Immutable
@DoubleRandomStyle
@JsonSerialize(as = ImmutableAuthority.class)
@JsonDeserialize(as = ImmutableAuthority.class)
public abstract class Authority {
  Authority() {}

  /** Stable identifier of the authority. */
  public abstract String code();

  /** Full name, for example {@code 太原市小店区市场监督管理局}. */
  public abstract String name();

  /** Level of the authority. */
  public abstract AuthorityLevel level();

  /** The region the authority is responsible for. */
  public abstract RegionCode region();

  /** Code of the authority one level up, if any. */
  public abstract Optional<String> parentCode();

  @Value.Check
  void check() {
    Checks.requireText(code(), "authority code");
    Checks.requireText(name(), "name of authority " + code());
    Checks.requireText(parentCode(), "parent code of authority " + code());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Authority}. */
  public static final class Builder extends ImmutableAuthority.Builder {}
}
