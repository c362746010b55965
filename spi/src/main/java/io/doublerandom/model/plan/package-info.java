/**
 * Annual random-inspection plans (年度抽查计划) as stored records: {@link
 * io.doublerandom.model.plan.AnnualPlan} (one version of a plan) with its {@link
 * io.doublerandom.model.plan.PlanItem}s ({@link io.doublerandom.model.plan.Sampling}, {@link
 * io.doublerandom.model.plan.PopulationScope}, {@link io.doublerandom.model.plan.Batch}) and
 * its {@link io.doublerandom.model.plan.PlanAmendment}s.
 *
 * <p>Values only; the rules are in the core module's {@code io.doublerandom.plan}, storage is the
 * {@link io.doublerandom.spi.PlanStore}. Text attributes follow the model's convention (non-blank,
 * trimmed).
 */
package io.doublerandom.model.plan;
