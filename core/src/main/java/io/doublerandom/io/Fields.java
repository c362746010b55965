package io.doublerandom.io;

import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegionTable;
import java.util.Set;

/** Validations shared by several record types. */
final class Fields {
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

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

  /**
   * Whether the organisation code embedded in a credit code (characters 9 to 17) passes the
   * GB 11714 check: weights 3, 7, 9, 10, 5, 8, 4, 2 over the first eight characters (digits
   * 0-9, letters A-Z as 10-35), check {@code 11 - sum mod 11}, written {@code X} for 10 and
   * {@code 0} for 11.
   */
  static boolean organizationCodeValid(String creditCode) {
    String org = creditCode.substring(8, 17);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char ch = org.charAt(i);
      int v;
      if (ch >= '0' && ch <= '9') {
        v = ch - '0';
      } else if (ch >= 'A' && ch <= 'Z') {
        v = ch - 'A' + 10;
      } else {
        return false;
      }
      sum += v * ORGANIZATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    char expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    return org.charAt(8) == expected;
  }
}
