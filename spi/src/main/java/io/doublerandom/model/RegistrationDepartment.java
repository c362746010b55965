package io.doublerandom.model;

import java.util.Map;
import java.util.Optional;

/**
 * The registration department (登记管理部门) named by the first character of a unified social credit
 * code, with the entity categories (机构类别) of the second character, as tabulated in GB 32100-2015.
 */
public enum RegistrationDepartment {
  /** 1: institutional establishment offices (机构编制). */
  ESTABLISHMENT_OFFICE(
      '1',
      "机构编制",
      Map.of(
          '1', "机关",
          '2', "事业单位",
          '3', "中央编办直接管理机构编制的群众团体",
          '9', "其他")),
  /** 2: foreign affairs (外交). */
  FOREIGN_AFFAIRS('2', "外交", Map.of('1', "外国常驻新闻机构", '9', "其他")),
  /** 3: judicial administration (司法行政). */
  JUDICIAL_ADMINISTRATION(
      '3',
      "司法行政",
      Map.of(
          '1', "律师执业机构",
          '2', "公证处",
          '3', "基层法律服务所",
          '4', "司法鉴定机构",
          '5', "仲裁委员会",
          '9', "其他")),
  /** 4: culture (文化). */
  CULTURE('4', "文化", Map.of('1', "外国在华文化中心", '9', "其他")),
  /** 5: civil affairs (民政). */
  CIVIL_AFFAIRS(
      '5',
      "民政",
      Map.of(
          '1', "社会团体",
          '2', "民办非企业单位",
          '3', "基金会",
          '9', "其他")),
  /** 6: tourism (旅游). */
  TOURISM(
      '6',
      "旅游",
      Map.of(
          '1', "外国旅游部门常驻代表机构",
          '2', "港澳台地区旅游部门常驻内地（大陆）代表机构",
          '9', "其他")),
  /** 7: religious affairs (宗教). */
  RELIGIOUS_AFFAIRS('7', "宗教", Map.of('1', "宗教活动场所", '2', "宗教院校", '9', "其他")),
  /** 8: trade unions (工会). */
  TRADE_UNION('8', "工会", Map.of('1', "基层工会", '9', "其他")),
  /** 9: industry and commerce, now market regulation (工商, 市场监管). */
  MARKET_REGULATION(
      '9',
      "工商(市场监管)",
      Map.of(
          '1', "企业",
          '2', "个体工商户",
          '3', "农民专业合作社")),
  /** A: the Central Military Commission's reform and establishment office. */
  MILITARY_ESTABLISHMENT_OFFICE(
      'A',
      "中央军委改革和编制办公室",
      Map.of(
          '1', "军队事业单位",
          '9', "其他")),
  /** N: agriculture (农业). */
  AGRICULTURE(
      'N',
      "农业",
      Map.of(
          '1', "组级集体经济组织",
          '2', "村级集体经济组织",
          '3', "乡镇级集体经济组织",
          '9', "其他")),
  /** Y: other departments (其他); the standard does not subdivide their categories. */
  OTHER('Y', "其他", Map.of()),
  /** A first character that GB 32100-2015 does not assign. */
  UNKNOWN('\0', "未知", Map.of());

  private final char code;
  private final String label;
  private final Map<Character, String> categories;

  RegistrationDepartment(char code, String label, Map<Character, String> categories) {
    this.code = code;
    this.label = label;
    this.categories = categories;
  }

  /**
   * The department a credit code's first character names.
   *
   * @param code the first character of a credit code
   * @return the department, {@link #UNKNOWN} for a character the standard does not assign
   */
  public static RegistrationDepartment of(char code) {
    for (RegistrationDepartment department : values()) {
      if (department != UNKNOWN && department.code == code) {
        return department;
      }
    }
    return UNKNOWN;
  }

  /** The Chinese label of the department. */
  public String label() {
    return label;
  }

  /**
   * The Chinese label of an entity category (the credit code's second character) under this
   * department.
   *
   * @param categoryCode the second character of a credit code
   * @return the label, or empty if the standard defines no such category for this department
   */
  public Optional<String> categoryLabel(char categoryCode) {
    return Optional.ofNullable(categories.get(categoryCode));
  }
}
