/**
 * The records of follow-up (后续处置) as a store holds them: a {@link
 * io.doublerandom.model.followup.Disposal} per measure taken on a result, open until closed with a
 * date and an outcome; the {@link io.doublerandom.model.followup.CaseReferral} sent to the
 * case-handling system (执法办案系统) with the case number and the 行政处罚决定书文号 it returns; and the
 * {@link io.doublerandom.model.followup.CaseUpdate}s that system reports. Records refer to tasks,
 * entities and results by id; mutable records carry a version.
 *
 * <p>The rules live in {@code io.doublerandom.followup} of {@code doublerandom-core}.
 */
package io.doublerandom.model.followup;
