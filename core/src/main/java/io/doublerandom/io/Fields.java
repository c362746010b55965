package io.doublerandom.io;

import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import java.util.Set;

/** Validations shared by several record types. */
final class Fields {
  private Fields() {}

  /** A required region code, checked against the region table when one is configured. */
  static RegionCode region(Rec r, Column c, ImportOptions options) {
    RegionCode code = r.required(c, RegionCode::of);
    if (code != null && options.regions().isPresent()) {
      RegionTable table = options.regions().get();
      if (!table.contains(code)) {
        r.error(c, code.value(), "unknown region: not in region table " + table.version());
      }
    }
    return code;
  }

  /** Reports {@code code} when known authorities are configured and it is not one of them. */
  static void knownAuthority(Rec r, Column c, String code, ImportOptions options) {
    if (code == null || options.knownAuthorities().isEmpty()) {
      return;
    }
    Set<String> known = options.knownAuthorities().get();
    if (!known.contains(code)) {
      r.error(c, code, "unknown authority: not among the " + known.size()
          + " known authority codes");
    }
  }
}
