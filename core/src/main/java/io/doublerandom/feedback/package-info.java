/**
 * Post-inspection feedback (回访, the notice 三(十)). Entry points: {@link
 * io.doublerandom.feedback.InMemoryVisitFeedbackStore}, the default {@code VisitFeedbackStore},
 * and {@link io.doublerandom.feedback.FeedbackCounts}, the feedback of an authority counted.
 */
package io.doublerandom.feedback;
