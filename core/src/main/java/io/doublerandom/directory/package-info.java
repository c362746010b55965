/**
 * The directories of the regime: the entity directory ({@link
 * io.doublerandom.directory.EntityDirectory}, 检查对象名录库), indexed for queries over millions
 * of market entities, and the inspector directory ({@link
 * io.doublerandom.directory.InspectorDirectory}, 执法检查人员名录库).
 */
package io.doublerandom.directory;
