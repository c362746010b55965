/**
 * The provider interfaces an integrator implements: the clock and the working-day calendar,
 * and storage (more stores and gateways join as the campaign lands). Each has a default in
 * {@code doublerandom-core}, and a contract test suite in {@code doublerandom-testkit}.
 *
 * <p>Entry points: {@link io.doublerandom.spi.Clock}, {@link
 * io.doublerandom.spi.WorkingDayCalendar}; for plans and tasks {@link
 * io.doublerandom.spi.PlanStore}, {@link io.doublerandom.spi.TaskStore}, {@link
 * io.doublerandom.spi.TaskNumberSequence}; for results and follow-up {@link
 * io.doublerandom.spi.ResultStore}, {@link io.doublerandom.spi.StopPublicationStore}, {@link
 * io.doublerandom.spi.FollowUpStore} and {@link io.doublerandom.spi.CaseHandlingGateway}; storage:
 * {@link io.doublerandom.spi.StorageProvider}, {@link io.doublerandom.spi.Storage} and its {@link
 * io.doublerandom.spi.Stores} (ledger, records, task statuses, checklists, directory snapshots),
 * described in docs/storage.md.
 *
 * <p>External systems: {@link io.doublerandom.spi.RiskClassificationFeed} (the credit-risk
 * classification pushes) and {@link io.doublerandom.spi.VisitFeedbackStore} (post-inspection
 * feedback, 回访).
 */
package io.doublerandom.spi;
