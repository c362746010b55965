package io.doublerandom.io;

import io.doublerandom.model.CreditCode;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.LegacyRegistrationNumber;
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

  /**
   * Reports the embedded check an entity identifier fails, which the lenient parser accepts: the
   * GB 11714 organisation code inside a credit code, the ISO 7064 MOD 11,10 check digit of a
   * 15-digit registration number. A warning, or an error with
   * {@link ImportOptions#strictIdentifiers()}.
   */
  static void embeddedChecks(Rec r, String field, EntityId id, ImportOptions options) {
    if (id == null) {
      return;
    }
    Severity severity = options.strictIdentifiers() ? Severity.ERROR : Severity.WARNING;
    String value = id.value();
    if (id instanceof CreditCode code && !code.organizationCodeValid()) {
      r.problem(field, value, severity, "the organisation code " + value.substring(8, 17)
          + " inside the credit code fails its GB 11714 check");
    } else if (id instanceof LegacyRegistrationNumber number && !number.checkDigitValid()) {
      r.problem(field, value, severity, "the check digit (position 15) of the registration"
          + " number fails its ISO 7064 MOD 11,10 check: it should be "
          + LegacyRegistrationNumber.checkDigit(value.substring(0, 14)) + ", got "
          + value.charAt(14));
    }
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
