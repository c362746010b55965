/**
 * Testing inspector assignment: {@link io.doublerandom.testkit.assign.BruteForceAssignment}
 * (exhaustive solver: feasibility, the lexicographic minimum, the infeasibility report), {@link
 * io.doublerandom.testkit.assign.RuleChecker} (every broken rule of a record), {@link
 * io.doublerandom.testkit.assign.ReferenceKeys} (the keys with the JDK's HMAC), {@link
 * io.doublerandom.testkit.assign.AssignmentInstances} (generators of instances), {@link
 * io.doublerandom.testkit.assign.AssignmentExperiment} (team counts over many seeds), {@link
 * io.doublerandom.testkit.assign.SpecLines} and {@link
 * io.doublerandom.testkit.assign.AssignmentFixtures} (readable builders). Key access is in core:
 * {@code io.doublerandom.assign.AssignmentKeys}.
 */
package io.doublerandom.testkit.assign;
