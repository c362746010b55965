/**
 * Annual plans (年度抽查计划): their life ({@link io.doublerandom.plan.PlanBook}: draft, publish,
 * amend, start, complete), their validation against checklists, configurable rules and joint plans
 * ({@link io.doublerandom.plan.PlanValidator}, {@link io.doublerandom.plan.PlanRules}, {@link
 * io.doublerandom.plan.RatioFloor}, {@link io.doublerandom.plan.PlanProblem}), the differences an
 * amendment lists ({@link io.doublerandom.plan.PlanDiff}), the risk-class share ({@link
 * io.doublerandom.plan.RiskClassShare}), the bridge to draws ({@link
 * io.doublerandom.plan.PlanSizes}, {@link io.doublerandom.plan.PlanPopulations}) and the
 * thread-safe in-memory store ({@link io.doublerandom.plan.InMemoryPlanStore}).
 *
 * <p>The records themselves are in {@code io.doublerandom.model.plan} of the spi module.
 */
package io.doublerandom.plan;
