package io.doublerandom.io;

import io.doublerandom.model.Authority;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.RegionCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Supervising authorities. */
final class AuthorityCodec extends Codec<Authority> {
  static final Column CODE = Column.required("code", "code", "机关代码", "代码", "编码");
  static final Column NAME = Column.required("name", "name", "名称", "机关名称");
  static final Column LEVEL = Column.required("level", "level", "层级", "级别");
  static final Column REGION = Column.required("region", "region",
      "行政区划", "行政区划代码", "区划代码");
  static final Column PARENT = Column.optional("parent", "parentCode",
      "上级", "上级机关", "上级机关代码");

  private static final List<Column> COLUMNS = List.of(CODE, NAME, LEVEL, REGION, PARENT);
  private static final Set<String> JSON = Set.of("code", "name", "level", "region",
      "parentCode");

  @Override
  String noun() {
    return "authority";
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
    return CODE;
  }

  @Override
  String key(Authority value) {
    return value.code();
  }

  @Override
  Authority read(Rec r, ImportOptions options) {
    String code = r.required(CODE);
    r.key(code);
    String name = r.required(NAME);
    AuthorityLevel level = r.required(LEVEL, t -> AuthorityLevel.parse("level", t));
    RegionCode region = Fields.region(r, REGION, options);
    Optional<String> parent = r.text(PARENT);
    parent.ifPresent(r::reference);
    if (code != null && parent.isPresent() && parent.get().equals(code)) {
      r.error(PARENT, parent.get(), "an authority cannot be its own parent");
    }
    if (r.failed()) {
      return null;
    }
    try {
      return Authority.builder().code(code).name(name).level(level).region(region)
          .parentCode(parent).build();
    } catch (IllegalArgumentException e) {
      r.error("", "", e.getMessage());
      return null;
    }
  }

  /**
   * A parent must be in the file or, when known authorities are configured, among them; parents
   * must not form a cycle (every authority on a cycle is reported, naming the cycle with lines).
   */
  @Override
  void crossCheck(List<Read<Authority>> records, ImportOptions options) {
    Map<String, Rec> byCode = new HashMap<>();
    for (Read<Authority> read : records) {
      if (read.rec().key() != null) {
        byCode.putIfAbsent(read.rec().key(), read.rec());
      }
    }
    for (Read<Authority> read : records) {
      Rec r = read.rec();
      String parent = r.reference();
      if (parent != null && !byCode.containsKey(parent)) {
        Fields.knownAuthority(r, PARENT, parent, options);
      }
    }
    cycles(records, byCode);
  }

  /** Reports every authority whose chain of parents leads back to itself in two or more steps. */
  private static void cycles(List<Read<Authority>> records, Map<String, Rec> byCode) {
    Set<String> done = new HashSet<>();
    for (Read<Authority> read : records) {
      List<String> path = new ArrayList<>();
      Set<String> onPath = new HashSet<>();
      String code = read.rec().key();
      while (code != null && byCode.containsKey(code) && !done.contains(code)
          && onPath.add(code)) {
        path.add(code);
        code = byCode.get(code).reference();
      }
      if (code != null && onPath.contains(code)) {
        List<String> cycle = path.subList(path.indexOf(code), path.size());
        if (cycle.size() > 1) {
          for (int i = 0; i < cycle.size(); i++) {
            StringBuilder message = new StringBuilder("the parents form a cycle: ");
            for (int k = 0; k < cycle.size(); k++) {
              String member = cycle.get((i + k) % cycle.size());
              message.append(member).append(" (line ").append(byCode.get(member).line())
                  .append(") -> ");
            }
            message.append(cycle.get(i));
            Rec member = byCode.get(cycle.get(i));
            member.error(PARENT, member.reference(), message.toString());
          }
        }
      }
      done.addAll(path);
    }
  }

  @Override
  List<String> csvRow(Authority a) {
    return List.of(a.code(), a.name(), a.level().name(), a.region().value(),
        a.parentCode().orElse(""));
  }
}
