/**
 * The evaluation indicators of the notice's 保障措施(二): 抽查户次占比, 部门联合双随机监管率,
 * 信用风险差异化监管率, 检查结果按时公示率, 发现问题处置率 and 重复抽查率 (with its low-risk part), as
 * exact fractions computed from plans, tasks, results and disposals. The formulas are in
 * docs/indicators.md.
 *
 * <p>Entry point: {@link io.doublerandom.indicator.Indicators}, with {@link
 * io.doublerandom.indicator.IndicatorScope} (authorities, period, evaluation day) and {@link
 * io.doublerandom.indicator.IndicatorData} (the records).
 */
package io.doublerandom.indicator;
