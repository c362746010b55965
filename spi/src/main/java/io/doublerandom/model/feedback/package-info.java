/**
 * Post-inspection feedback values (回访): {@link io.doublerandom.model.feedback.VisitFeedback}
 * against a {@link io.doublerandom.model.feedback.VisitRef}, stored by {@code
 * io.doublerandom.spi.VisitFeedbackStore}.
 */
package io.doublerandom.model.feedback;
