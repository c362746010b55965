package io.doublerandom.io;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.EntitySize;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.PartyRole;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import io.doublerandom.model.RelatedParty;
import io.doublerandom.model.RiskRating;
import io.doublerandom.model.RiskScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Market entities: the entity directory (检查对象名录库). */
final class EntityCodec extends Codec<MarketEntity> {
  static final Column ID = Column.required("id", "id",
      "统一社会信用代码", "信用代码", "注册号", "统一社会信用代码/注册号", "credit_code");
  static final Column NAME = Column.required("name", "name", "名称", "企业名称", "主体名称");
  static final Column KIND = Column.required("kind", "kind", "主体类型", "类型", "市场主体类型");
  static final Column REGISTRATION_AUTHORITY = Column.required(
      "registration_authority", "registrationAuthority", "登记机关");
  static final Column REGION = Column.required("region", "region",
      "行政区划", "行政区划代码", "区划代码", "所属区域");
  static final Column INDUSTRY = Column.optional("industry", "industry",
      "行业", "行业代码", "国民经济行业");
  static final Column STATUS = Column.required("status", "status", "登记状态", "状态");
  static final Column ABNORMAL_LIST = Column.optional("abnormal_list", "abnormalList",
      "经营异常名录", "列入经营异常名录");
  static final Column TAGS = Column.optional("tags", "tags", "标签");
  static final Column RISK_CLASSES = Column.optional("risk_classes", "riskRatings",
      "信用风险分类", "风险分类", "risk_ratings");
  static final Column SIZE = Column.optional("size", "size", "企业规模", "规模");
  static final Column ESTABLISHED_ON = Column.optional("established_on", "establishedOn",
      "成立日期");
  static final Column RELATED_PARTIES = Column.optional("related_parties", "relatedParties",
      "关联方", "相关人员");

  private static final Column RATING_DOMAIN = Column.nested("domain", true);
  private static final Column RATING_CLASS = Column.nested("riskClass", true);
  private static final Column RATING_DATE = Column.nested("assignedOn", true);
  private static final Column PARTY_ROLE = Column.nested("role", true);
  private static final Column PARTY_ID = Column.nested("partyId", true);

  private static final List<Column> COLUMNS = List.of(ID, NAME, KIND, REGISTRATION_AUTHORITY,
      REGION, INDUSTRY, STATUS, ABNORMAL_LIST, TAGS, RISK_CLASSES, SIZE, ESTABLISHED_ON,
      RELATED_PARTIES);
  private static final Set<String> JSON = Set.of("id", "name", "kind", "registrationAuthority",
      "region", "industry", "status", "abnormalList", "tags", "riskRatings", "size",
      "establishedOn", "relatedParties");

  @Override
  String noun() {
    return "entity";
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
  String key(MarketEntity value) {
    return value.id().value();
  }

  @Override
  MarketEntity read(Rec r, ImportOptions options) {
    EntityId id = r.required(ID, EntityId::parse);
    if (id != null) {
      r.key(id.value());
      Fields.embeddedChecks(r, r.fieldName(ID), id, options);
    }
    String name = r.required(NAME);
    EntityKind kind = r.required(KIND, t -> EntityKind.parse("entity kind", t));
    String authority = r.required(REGISTRATION_AUTHORITY);
    Fields.knownAuthority(r, REGISTRATION_AUTHORITY, authority, options);
    RegionCode region = Fields.region(r, REGION, options);
    IndustryCode industry = r.optional(INDUSTRY, IndustryCode::of);
    RegistrationStatus status =
        r.required(STATUS, t -> RegistrationStatus.parse("registration status", t));
    Boolean abnormal = r.optional(ABNORMAL_LIST, Cells::bool);
    List<String> tags = r.texts(TAGS, Cells.TEXT_SEPARATORS);
    List<RiskRating> ratings = ratings(r, options.riskScheme());
    EntitySize size = r.optional(SIZE, t -> EntitySize.parse("entity size", t));
    LocalDate established = r.optional(ESTABLISHED_ON, Cells::date);
    List<RelatedParty> parties = parties(r);
    if (r.failed()) {
      return null;
    }
    MarketEntity.Builder b = MarketEntity.builder()
        .id(id)
        .name(name)
        .kind(kind)
        .registrationAuthority(authority)
        .region(region)
        .status(status)
        .addAllTags(tags)
        .addAllRiskRatings(ratings)
        .addAllRelatedParties(parties);
    if (industry != null) {
      b.industry(industry);
    }
    if (abnormal != null) {
      b.abnormalList(abnormal);
    }
    if (size != null) {
      b.size(size);
    }
    if (established != null) {
      b.establishedOn(established);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      r.error("", "", e.getMessage());
      return null;
    }
  }

  private static List<RiskRating> ratings(Rec r, RiskScheme scheme) {
    List<RiskRating> out = new ArrayList<>();
    Map<String, Boolean> domains = new HashMap<>();
    String field = r.fieldName(RISK_CLASSES);
    if (r instanceof CsvRec csv) {
      for (String element : csv.rawElements(RISK_CLASSES)) {
        List<String> parts = Cells.split(element, ":", false, 2);
        int at = parts.size() == 2 ? Cells.lastUnescaped(parts.get(1), '@') : -1;
        if (at < 0) {
          r.error(field, Cells.unescape(element),
              "expected DOMAIN:CLASS@yyyy-MM-dd, for example general:B@2024-06-30");
          continue;
        }
        String domain = Cells.unescape(parts.get(0));
        String riskClass = Cells.unescape(parts.get(1).substring(0, at).strip());
        LocalDate date = r.convert(field, parts.get(1).substring(at + 1).strip(), Cells::date);
        add(r, field, scheme, domains, out, domain, riskClass, date);
      }
    } else {
      for (JsonRec o : ((JsonRec) r).objects(RISK_CLASSES,
          Set.of("domain", "riskClass", "assignedOn"))) {
        String domain = o.required(RATING_DOMAIN);
        String riskClass = o.required(RATING_CLASS);
        LocalDate date = o.required(RATING_DATE, Cells::date);
        add(o, o.fieldName(RATING_CLASS), scheme, domains, out, domain, riskClass, date);
      }
    }
    return out;
  }

  private static void add(Rec r, String field, RiskScheme scheme, Map<String, Boolean> domains,
      List<RiskRating> out, String domain, String riskClass, LocalDate date) {
    if (domain == null || riskClass == null) {
      return;
    }
    if (!scheme.contains(riskClass)) {
      r.error(field, riskClass, "unknown risk class in scheme " + scheme.name() + " ("
          + String.join(", ", scheme.codes()) + ")");
      return;
    }
    if (domains.put(domain, Boolean.TRUE) != null) {
      r.error(field, domain, "risk domain " + domain + " appears more than once");
      return;
    }
    if (date == null) {
      return;
    }
    RiskRating rating = r.convert(field, domain, d -> new RiskRating(d, riskClass, date));
    if (rating != null) {
      out.add(rating);
    }
  }

  private static List<RelatedParty> parties(Rec r) {
    List<RelatedParty> out = new ArrayList<>();
    String field = r.fieldName(RELATED_PARTIES);
    if (r instanceof CsvRec csv) {
      for (String element : csv.rawElements(RELATED_PARTIES)) {
        List<String> parts = Cells.split(element, ":", false, 2);
        if (parts.size() != 2 || parts.get(1).isEmpty()) {
          r.error(field, Cells.unescape(element),
              "expected ROLE:PARTY_ID, for example LEGAL_REPRESENTATIVE:P-0001");
          continue;
        }
        PartyRole role = r.convert(field, Cells.unescape(parts.get(0)),
            t -> PartyRole.parse("party role", t));
        String party = Cells.unescape(parts.get(1));
        RelatedParty related = role == null ? null
            : r.convert(field, Cells.unescape(element), t -> new RelatedParty(role, party));
        if (related != null) {
          out.add(related);
        }
      }
    } else {
      for (JsonRec o : ((JsonRec) r).objects(RELATED_PARTIES, Set.of("role", "partyId"))) {
        PartyRole role = o.required(PARTY_ROLE, t -> PartyRole.parse("party role", t));
        String party = o.required(PARTY_ID);
        if (role != null && party != null) {
          out.add(new RelatedParty(role, party));
        }
      }
    }
    return out;
  }

  @Override
  List<String> csvRow(MarketEntity e) {
    List<String> tags = new ArrayList<>();
    e.tags().forEach(t -> tags.add(Cells.escapeItem(t)));
    List<String> ratings = new ArrayList<>();
    for (RiskRating rr : e.riskRatings()) {
      ratings.add(Cells.escapePart(rr.domain()) + ":" + Cells.escapePart(rr.riskClass()) + "@"
          + rr.assignedOn());
    }
    List<String> parties = new ArrayList<>();
    for (RelatedParty p : e.relatedParties()) {
      parties.add(p.role().name() + ":" + Cells.escapePart(p.partyId()));
    }
    return List.of(
        e.id().value(),
        e.name(),
        e.kind().name(),
        e.registrationAuthority(),
        e.region().value(),
        e.industry().map(IndustryCode::value).orElse(""),
        e.status().name(),
        Boolean.toString(e.abnormalList()),
        Cells.join(tags),
        Cells.join(ratings),
        e.size().map(Enum::name).orElse(""),
        e.establishedOn().map(LocalDate::toString).orElse(""),
        Cells.join(parties));
  }
}
