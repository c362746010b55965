package io.doublerandom.indicator;

/**
 * The evaluation indicators of the notice's 保障措施(二), each with the unit it counts. No official
 * formulas exist (reference/regulation.md, "Indicators named by the notice"); the library's are
 * defined in docs/indicators.md and computed by {@link Indicators}.
 */
public enum Indicator {
  /** 抽查户次占比: random-inspection visits over all inspection visits. */
  INSPECTION_SHARE("抽查户次占比", "visit"),
  /** 部门联合双随机监管率: random-inspection visits of two or more departments over all of them. */
  JOINT_RATE("部门联合双随机监管率", "visit"),
  /** 信用风险差异化监管率: random-inspection visits drawn with ratios per credit-risk class. */
  RISK_DIFFERENTIATED_RATE("信用风险差异化监管率", "visit"),
  /** 检查结果按时公示率: results due in the period published by their deadline. */
  ON_TIME_PUBLICATION_RATE("检查结果按时公示率", "result"),
  /** 发现问题处置率: audited results that found a problem whose every problem was disposed of. */
  DISPOSAL_RATE("发现问题处置率", "result"),
  /** 重复抽查率: entities inspected at random more than once in the period. */
  REPEAT_RATE("重复抽查率", "entity"),
  /** 重复抽查率 restricted to low-risk entities (the notice 二(五): in principle none). */
  LOW_RISK_REPEAT_RATE("重复抽查率（低风险）", "entity");

  private final String label;
  private final String unit;

  Indicator(String label, String unit) {
    this.label = label;
    this.unit = unit;
  }

  /** The Chinese name. */
  public String label() {
    return label;
  }

  /**
   * What the numerator and denominator count: {@code "visit"} (户次: one entity visited once,
   * whatever the number of tasks the visit covered), {@code "result"} (one task's result on one
   * entity) or {@code "entity"} (distinct market entities).
   */
  public String unit() {
    return unit;
  }
}
