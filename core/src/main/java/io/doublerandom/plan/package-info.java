/**
 * Annual plans (年度抽查计划): the thread-safe in-memory store {@link
 * io.doublerandom.plan.InMemoryPlanStore}.
 */
package io.doublerandom.plan;
