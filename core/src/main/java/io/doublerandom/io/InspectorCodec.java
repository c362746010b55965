package io.doublerandom.io;

import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RelationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Inspectors: the inspector directory (执法检查人员名录库). */
final class InspectorCodec extends Codec<Inspector> {
  static final Column ID = Column.required("id", "id", "编号", "人员编号", "工号");
  static final Column NAME = Column.required("name", "name", "姓名");
  static final Column AUTHORITY = Column.required("authority", "authorityCode",
      "所属机关", "所属单位", "单位");
  static final Column DEPARTMENT = Column.optional("department", "department",
      "科室", "处室", "股室", "部门");
  static final Column LEVEL = Column.required("level", "level", "层级", "级别");
  static final Column REGION = Column.required("region", "region",
      "行政区划", "行政区划代码", "区划代码");
  static final Column KIND = Column.required("kind", "kind", "人员类别", "类别");
  static final Column CERTIFICATE_NUMBER = Column.optional("certificate_number", null,
      "执法证号", "执法证编号");
  static final Column CERTIFICATE_VALID_FROM = Column.optional("certificate_valid_from", null,
      "执法证有效期起", "执法证起始日期");
  static final Column CERTIFICATE_VALID_TO = Column.optional("certificate_valid_to", null,
      "执法证有效期止", "执法证截止日期");
  static final Column SPECIALTIES = Column.optional("specialties", "specialties",
      "业务专长", "专长");
  static final Column CONFLICTS = Column.optional("conflicts", "conflicts", "回避", "回避范围");
  static final Column UNAVAILABLE = Column.optional("unavailable", "unavailable",
      "不可用日期", "请假");
  static final Column ACTIVE = Column.optional("active", "active", "在岗", "是否在岗");

  private static final Column CERTIFICATE = Column.nested("certificate", false);
  private static final Column NUMBER = Column.nested("number", true);
  private static final Column VALID_FROM = Column.nested("validFrom", true);
  private static final Column VALID_TO = Column.nested("validTo", true);
  private static final Column RELATION = Column.nested("relation", true);
  private static final Column ENTITY = Column.nested("entity", false);
  private static final Column PARTY = Column.nested("partyId", false);
  private static final Column NOTE = Column.nested("note", false);
  private static final Column FROM = Column.nested("from", true);
  private static final Column TO = Column.nested("to", true);

  private static final List<Column> COLUMNS = List.of(ID, NAME, AUTHORITY, DEPARTMENT, LEVEL,
      REGION, KIND, CERTIFICATE_NUMBER, CERTIFICATE_VALID_FROM, CERTIFICATE_VALID_TO, SPECIALTIES,
      CONFLICTS, UNAVAILABLE, ACTIVE);
  private static final Set<String> JSON = Set.of("id", "name", "authorityCode", "department",
      "level", "region", "kind", "certificate", "specialties", "conflicts", "unavailable",
      "active");

  @Override
  String noun() {
    return "inspector";
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
    return ID;
  }

  @Override
  String key(Inspector value) {
    return value.id();
  }

  @Override
  Inspector read(Rec r, ImportOptions options) {
    String id = r.required(ID);
    r.key(id);
    String name = r.required(NAME);
    String authority = r.required(AUTHORITY);
    Fields.knownAuthority(r, AUTHORITY, authority, options);
    Optional<String> department = r.text(DEPARTMENT);
    AuthorityLevel level = r.required(LEVEL, t -> AuthorityLevel.parse("level", t));
    RegionCode region = Fields.region(r, REGION, options);
    InspectorKind kind = r.required(KIND, t -> InspectorKind.parse("inspector kind", t));
    Optional<EnforcementCertificate> certificate = certificate(r);
    List<String> specialties = r.texts(SPECIALTIES, Cells.TEXT_SEPARATORS);
    List<DeclaredConflict> conflicts = conflicts(r, options);
    List<DateRange> unavailable = unavailable(r);
    Boolean active = r.optional(ACTIVE, Cells::bool);
    if (r.failed()) {
      return null;
    }
    Inspector.Builder b = Inspector.builder()
        .id(id)
        .name(name)
        .authorityCode(authority)
        .department(department)
        .level(level)
        .region(region)
        .kind(kind)
        .certificate(certificate)
        .addAllSpecialties(specialties)
        .addAllConflicts(conflicts)
        .addAllUnavailable(unavailable);
    if (active != null) {
      b.active(active);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      r.error("", "", e.getMessage());
      return null;
    }
  }

  private static Optional<EnforcementCertificate> certificate(Rec r) {
    String number;
    LocalDate from;
    LocalDate to;
    Rec at;
    Column toColumn;
    if (r instanceof CsvRec) {
      boolean any = r.text(CERTIFICATE_NUMBER).isPresent()
          || r.text(CERTIFICATE_VALID_FROM).isPresent()
          || r.text(CERTIFICATE_VALID_TO).isPresent();
      if (!any) {
        return Optional.empty();
      }
      // all three or none: each one missing is reported
      number = required(r, CERTIFICATE_NUMBER);
      from = date(r, CERTIFICATE_VALID_FROM);
      to = date(r, CERTIFICATE_VALID_TO);
      at = r;
      toColumn = CERTIFICATE_VALID_TO;
    } else {
      Optional<JsonRec> o = ((JsonRec) r).object(CERTIFICATE,
          Set.of("number", "validFrom", "validTo"));
      if (o.isEmpty()) {
        return Optional.empty();
      }
      at = o.get();
      number = at.required(NUMBER);
      from = at.required(VALID_FROM, Cells::date);
      to = at.required(VALID_TO, Cells::date);
      toColumn = VALID_TO;
    }
    if (number == null || from == null || to == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(at.convert(at.fieldName(toColumn), to.toString(),
        t -> new EnforcementCertificate(number, from, to)));
  }

  private static String required(Rec r, Column c) {
    Optional<String> t = r.text(c);
    if (t.isEmpty()) {
      r.error(c, "", "required when a certificate is given (number, valid from, valid to)");
      return null;
    }
    return t.get();
  }

  private static LocalDate date(Rec r, Column c) {
    String t = required(r, c);
    return t == null ? null : r.convert(c.csv(), t, Cells::date);
  }

  private static List<DeclaredConflict> conflicts(Rec r, ImportOptions options) {
    List<DeclaredConflict> out = new ArrayList<>();
    String field = r.fieldName(CONFLICTS);
    if (r instanceof CsvRec csv) {
      for (String element : csv.rawElements(CONFLICTS)) {
        List<String> parts = Cells.split(element, ":", false, 4);
        if (parts.size() < 3 || parts.get(2).isEmpty()) {
          r.error(field, Cells.unescape(element), "expected RELATION:entity:CREDIT_CODE or"
              + " RELATION:party:PARTY_ID, optionally followed by :NOTE");
          continue;
        }
        RelationKind relation = r.convert(field, Cells.unescape(parts.get(0)),
            t -> RelationKind.parse("conflict relation", t));
        String target = Cells.unescape(parts.get(2));
        Optional<String> note = parts.size() == 4 && !parts.get(3).isEmpty()
            ? Optional.of(Cells.unescape(parts.get(3))) : Optional.empty();
        String form = Cells.unescape(parts.get(1)).toLowerCase(Locale.ROOT);
        DeclaredConflict.Builder b = DeclaredConflict.builder().note(note);
        String text = Cells.unescape(element);
        if (form.equals("entity")) {
          EntityId entity = r.convert(field, target, EntityId::parse);
          Fields.embeddedChecks(r, field, entity, options);
          if (relation != null && entity != null) {
            add(r, field, text, out, b.relation(relation).entity(entity));
          }
        } else if (form.equals("party")) {
          if (relation != null) {
            add(r, field, text, out, b.relation(relation).partyId(target));
          }
        } else {
          r.error(field, Cells.unescape(element),
              "the second part must be 'entity' or 'party', got '" + parts.get(1) + "'");
        }
      }
    } else {
      for (JsonRec o : ((JsonRec) r).objects(CONFLICTS,
          Set.of("relation", "entity", "partyId", "note"))) {
        RelationKind relation = o.required(RELATION,
            t -> RelationKind.parse("conflict relation", t));
        EntityId entity = o.optional(ENTITY, EntityId::parse);
        Fields.embeddedChecks(o, o.fieldName(ENTITY), entity, options);
        Optional<String> party = o.text(PARTY);
        Optional<String> note = o.text(NOTE);
        boolean hasEntity = o.text(ENTITY).isPresent();
        if (hasEntity == party.isPresent()) {
          o.error(o.path(), "", "a conflict names exactly one of entity and partyId");
          continue;
        }
        if (relation != null && (entity != null || party.isPresent())) {
          out.add(DeclaredConflict.builder().relation(relation)
              .entity(Optional.ofNullable(entity)).partyId(party).note(note).build());
        }
      }
    }
    return out;
  }

  /** Builds a conflict; a value the model rejects is reported on the conflict's field. */
  private static void add(Rec r, String field, String text, List<DeclaredConflict> out,
      DeclaredConflict.Builder b) {
    DeclaredConflict c = r.convert(field, text, t -> b.build());
    if (c != null) {
      out.add(c);
    }
  }

  private static List<DateRange> unavailable(Rec r) {
    List<DateRange> out = new ArrayList<>();
    String field = r.fieldName(UNAVAILABLE);
    if (r instanceof CsvRec) {
      for (String element : r.texts(UNAVAILABLE, Cells.TEXT_SEPARATORS)) {
        int dots = element.indexOf("..");
        String fromText = dots < 0 ? element : element.substring(0, dots).strip();
        String toText = dots < 0 ? element : element.substring(dots + 2).strip();
        LocalDate from = r.convert(field, fromText, Cells::date);
        LocalDate to = r.convert(field, toText, Cells::date);
        if (from != null && to != null) {
          DateRange range = r.convert(field, element, t -> new DateRange(from, to));
          if (range != null) {
            out.add(range);
          }
        }
      }
    } else {
      for (JsonRec o : ((JsonRec) r).objects(UNAVAILABLE, Set.of("from", "to"))) {
        LocalDate from = o.required(FROM, Cells::date);
        LocalDate to = o.required(TO, Cells::date);
        if (from != null && to != null) {
          DateRange range = o.convert(o.fieldName(TO), to.toString(),
              t -> new DateRange(from, to));
          if (range != null) {
            out.add(range);
          }
        }
      }
    }
    return out;
  }

  @Override
  List<String> csvRow(Inspector i) {
    List<String> specialties = new ArrayList<>();
    i.specialties().forEach(s -> specialties.add(Cells.escapeItem(s)));
    List<String> conflicts = new ArrayList<>();
    for (DeclaredConflict c : i.conflicts()) {
      String target = c.entity().map(e -> "entity:" + e.value())
          .orElseGet(() -> "party:" + Cells.escapePart(c.partyId().orElseThrow()));
      conflicts.add(c.relation().name() + ":" + target
          + c.note().map(n -> ":" + Cells.escapePart(n)).orElse(""));
    }
    List<String> unavailable = new ArrayList<>();
    i.unavailable().forEach(d -> unavailable.add(d.from() + ".." + d.to()));
    Optional<EnforcementCertificate> cert = i.certificate();
    return List.of(
        i.id(),
        i.name(),
        i.authorityCode(),
        i.department().orElse(""),
        i.level().name(),
        i.region().value(),
        i.kind().name(),
        cert.map(EnforcementCertificate::number).orElse(""),
        cert.map(c -> c.validFrom().toString()).orElse(""),
        cert.map(c -> c.validTo().toString()).orElse(""),
        Cells.join(specialties),
        Cells.join(conflicts),
        Cells.join(unavailable),
        Boolean.toString(i.active()));
  }
}
