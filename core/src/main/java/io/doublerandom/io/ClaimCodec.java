package io.doublerandom.io;

import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.ItemClaim;
import java.util.List;
import java.util.Set;

/** Claims (认领) of checklist items by authorities, one per row of a claims file. */
final class ClaimCodec extends Codec<ItemClaim> {
  static final Column ITEM_CODE = Column.required("item_code", "itemCode", "事项编码");
  static final Column AUTHORITY = Column.required("authority", "authorityCode",
      "认领机关", "认领部门", "机关代码");
  static final Column LEVEL = Column.required("level", "level", "层级", "认领层级");

  private static final List<Column> COLUMNS = List.of(ITEM_CODE, AUTHORITY, LEVEL);
  private static final Set<String> JSON = Set.of("itemCode", "authorityCode", "level");

  @Override
  String noun() {
    return "claim";
  }

  @Override
  List<Column> columns() {
    return COLUMNS;
  }

  @Override
  Set<String> jsonProperties() {
    return JSON;
  }

  @Override
  Column keyColumn() {
    return ITEM_CODE;
  }

  /** A claim is identified by all three fields: the same claim twice is a duplicate. */
  @Override
  String key(ItemClaim c) {
    return c.itemCode() + " / " + c.authorityCode() + " / " + c.level().name();
  }

  @Override
  ItemClaim read(Rec r, ImportOptions options) {
    String item = r.required(ITEM_CODE);
    r.reference(item);
    String authority = r.required(AUTHORITY);
    Fields.knownAuthority(r, AUTHORITY, authority, options);
    AuthorityLevel level = r.required(LEVEL, t -> AuthorityLevel.parse("level", t));
    if (item != null && authority != null && level != null) {
      r.key(item + " / " + authority + " / " + level.name());
    }
    if (r.failed()) {
      return null;
    }
    return new ItemClaim(item, authority, level);
  }

  @Override
  List<String> csvRow(ItemClaim c) {
    return List.of(c.itemCode(), c.authorityCode(), c.level().name());
  }
}
