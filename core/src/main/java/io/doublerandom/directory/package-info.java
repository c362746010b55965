/**
 * The directories of the regime: the entity directory ({@link
 * io.doublerandom.directory.EntityDirectory}, 检查对象名录库), indexed for queries over millions
 * of market entities, and the inspector directory ({@link
 * io.doublerandom.directory.InspectorDirectory}, 执法检查人员名录库).
 *
 * <p>Credit-risk classifications over time: {@link
 * io.doublerandom.directory.RiskClassificationHistory} keeps the pushes of a {@code
 * RiskClassificationFeed} ({@link io.doublerandom.directory.InMemoryRiskClassificationFeed}, or
 * {@link io.doublerandom.directory.DirectoryRiskClassificationFeed} over the files of {@link
 * io.doublerandom.directory.RiskClassificationFiles}).
 */
package io.doublerandom.directory;
