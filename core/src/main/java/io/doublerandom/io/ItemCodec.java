package io.doublerandom.io;

import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.EntityKind;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.InspectionMethod;
import io.doublerandom.model.ItemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Items of a checklist (随机抽查事项清单), one per row of an items file. */
final class ItemCodec extends Codec<InspectionItem> {
  static final Column CODE = Column.required("code", "code", "编码", "事项编码", "编号");
  static final Column CATEGORY = Column.required("category", "category",
      "抽查类别", "检查类别", "类别");
  static final Column NAME = Column.required("name", "name", "item", "抽查事项", "检查事项",
      "事项名称");
  static final Column TARGET = Column.optional("target_description", "targetDescription",
      "target", "检查对象", "抽查对象", "抽查对象范围");
  static final Column KIND = Column.optional("kind", "kind", "事项类别");
  static final Column METHODS = Column.optional("methods", "methods", "检查方式", "抽查方式");
  static final Column DEPARTMENT = Column.required("department", "responsibleDepartment",
      "检查主体", "实施主体", "责任部门");
  static final Column LEVELS = Column.optional("levels", "levels", "层级", "实施层级");
  static final Column BASIS = Column.optional("basis", "legalBasis", "检查依据", "依据");
  static final Column REQUIRED_SPECIALTIES = Column.optional("required_specialties",
      "requiredSpecialties", "所需专长");
  static final Column APPLIES_KINDS = Column.optional("applies_kinds", null, "适用主体类型");
  static final Column APPLIES_INDUSTRIES = Column.optional("applies_industries", null,
      "适用行业");
  static final Column APPLIES_ALL_TAGS = Column.optional("applies_all_tags", null, "必备标签");
  static final Column APPLIES_ANY_TAGS = Column.optional("applies_any_tags", null, "任一标签");

  private static final Column APPLIES_TO = Column.nested("appliesTo", false);
  private static final Column RULE_KINDS = Column.nested("kinds", false);
  private static final Column RULE_INDUSTRIES = Column.nested("industries", false);
  private static final Column RULE_ALL_TAGS = Column.nested("allTags", false);
  private static final Column RULE_ANY_TAGS = Column.nested("anyTags", false);

  /**
   * Method names used by published lists besides the labels of {@link InspectionMethod}: the
   * synonyms map to the method they name.
   */
  static final Map<String, InspectionMethod> METHOD_SYNONYMS = Map.of(
      "现场检查", InspectionMethod.ON_SITE,
      "实地检查", InspectionMethod.ON_SITE,
      "现场核查", InspectionMethod.ON_SITE,
      "网络检查", InspectionMethod.ONLINE_MONITORING,
      "网络核查", InspectionMethod.ONLINE_MONITORING,
      "书面审查", InspectionMethod.DOCUMENT_REVIEW,
      "抽样检验", InspectionMethod.SAMPLING_TEST,
      "抽检", InspectionMethod.SAMPLING_TEST);

  private static final List<Column> COLUMNS = List.of(CODE, CATEGORY, NAME, TARGET, KIND,
      METHODS, DEPARTMENT, LEVELS, BASIS, REQUIRED_SPECIALTIES, APPLIES_KINDS,
      APPLIES_INDUSTRIES, APPLIES_ALL_TAGS, APPLIES_ANY_TAGS);
  private static final Set<String> JSON = Set.of("code", "category", "name", "appliesTo",
      "targetDescription", "kind", "methods", "responsibleDepartment", "levels", "legalBasis",
      "requiredSpecialties");

  @Override
  String noun() {
    return "item";
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
  String key(InspectionItem value) {
    return value.code();
  }

  @Override
  InspectionItem read(Rec r, ImportOptions options) {
    String code = r.required(CODE);
    r.key(code);
    String category = r.required(CATEGORY);
    String name = r.required(NAME);
    Optional<String> target = r.text(TARGET);
    ItemKind kind = kind(r);
    List<InspectionMethod> methods = r.list(METHODS, Cells.ENUM_SEPARATORS, ItemCodec::method);
    String department = r.required(DEPARTMENT);
    List<AuthorityLevel> levels = r.list(LEVELS, Cells.ENUM_SEPARATORS,
        t -> AuthorityLevel.parse("level", t));
    Optional<String> basis = r.text(BASIS);
    List<String> specialties = r.texts(REQUIRED_SPECIALTIES, Cells.TEXT_SEPARATORS);
    ApplicabilityRule rule = rule(r);
    if (r.failed()) {
      return null;
    }
    try {
      return InspectionItem.builder()
          .code(code)
          .category(category)
          .name(name)
          .appliesTo(rule)
          .targetDescription(target)
          .kind(kind)
          .addAllMethods(methods)
          .responsibleDepartment(department)
          .addAllLevels(levels)
          .legalBasis(basis)
          .addAllRequiredSpecialties(specialties)
          .build();
    } catch (IllegalArgumentException e) {
      r.error("", "", e.getMessage());
      return null;
    }
  }

  /**
   * The item kind: {@code 一般}/{@code 重点} or what {@link ItemKind#parse} accepts; blank is
   * taken as {@link ItemKind#GENERAL} with a warning (published lists leave it empty when an
   * item is not a key item).
   */
  private static ItemKind kind(Rec r) {
    Optional<String> text = r.text(KIND);
    if (text.isEmpty()) {
      r.problem(KIND, "", Severity.WARNING, "kind not given; taken as GENERAL (一般检查事项)");
      return ItemKind.GENERAL;
    }
    switch (text.get()) {
      case "一般", "一般事项":
        return ItemKind.GENERAL;
      case "重点", "重点事项":
        return ItemKind.KEY;
      default:
        return r.convert(r.fieldName(KIND), text.get(), t -> ItemKind.parse("item kind", t));
    }
  }

  /** A method by its label, constant name or a synonym of {@link #METHOD_SYNONYMS}. */
  static InspectionMethod method(String text) {
    InspectionMethod synonym = METHOD_SYNONYMS.get(text.strip());
    if (synonym != null) {
      return synonym;
    }
    try {
      return InspectionMethod.parse("inspection method", text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage() + "; also accepted: " + METHOD_SYNONYMS
          .entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(en -> en.getKey() + " (" + en.getValue().name() + ")")
          .collect(Collectors.joining(", ")), e);
    }
  }

  private static ApplicabilityRule rule(Rec r) {
    Rec at;
    Column kinds;
    Column industries;
    Column allTags;
    Column anyTags;
    if (r instanceof CsvRec) {
      at = r;
      kinds = APPLIES_KINDS;
      industries = APPLIES_INDUSTRIES;
      allTags = APPLIES_ALL_TAGS;
      anyTags = APPLIES_ANY_TAGS;
    } else {
      Optional<JsonRec> o = ((JsonRec) r).object(APPLIES_TO,
          Set.of("kinds", "industries", "allTags", "anyTags"));
      if (o.isEmpty()) {
        return ApplicabilityRule.any();
      }
      at = o.get();
      kinds = RULE_KINDS;
      industries = RULE_INDUSTRIES;
      allTags = RULE_ALL_TAGS;
      anyTags = RULE_ANY_TAGS;
    }
    return ApplicabilityRule.builder()
        .addAllKinds(at.list(kinds, Cells.ENUM_SEPARATORS, t -> EntityKind.parse("entity kind",
            t)))
        .addAllIndustries(at.list(industries, Cells.ENUM_SEPARATORS, IndustryCode::of))
        .addAllAllTags(at.texts(allTags, Cells.TEXT_SEPARATORS))
        .addAllAnyTags(at.texts(anyTags, Cells.TEXT_SEPARATORS))
        .build();
  }

  @Override
  List<String> csvRow(InspectionItem i) {
    ApplicabilityRule rule = i.appliesTo();
    return List.of(
        i.code(),
        i.category(),
        i.name(),
        i.targetDescription().orElse(""),
        i.kind().name(),
        names(i.methods()),
        i.responsibleDepartment(),
        names(i.levels()),
        i.legalBasis().orElse(""),
        items(i.requiredSpecialties()),
        names(rule.kinds()),
        rule.industries().stream().map(IndustryCode::value).collect(Collectors.joining(";")),
        items(rule.allTags()),
        items(rule.anyTags()));
  }

  private static String names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(";"));
  }

  private static String items(Set<String> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(Cells.escapeItem(v)));
    return Cells.join(out);
  }
}
