package io.doublerandom.model.result;

import io.doublerandom.model.EntityId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity's application to stop the publication of a result (停止公示, credit repair), with the
 * rule that allowed it and the decision.
 *
 * @param id the stable id
 * @param version 1 when first saved, +1 per saved change
 * @param result the id of the published result
 * @param entity the applying entity (the result's entity)
 * @param appliedOn the date of the application
 * @param reason the entity's reason
 * @param rule the rule applied, in words (for example {@code "R02: P3Y after publication"})
 * @param earliest the first date the rule allows publication to stop
 * @param state where the application stands
 * @param decidedBy who decided
 * @param decidedOn when
 * @param opinion the decision's opinion
 * @param withdrawnFrom for a granted application, the date the publication is withdrawn from
 */
public record StopPublicationApplication(String id, long version, String result,
    EntityId entity, LocalDate appliedOn, String reason, String rule, LocalDate earliest,
    StopPublicationState state, Optional<String> decidedBy, Optional<LocalDate> decidedOn,
    Optional<String> opinion, Optional<LocalDate> withdrawnFrom) {

  /** Validates the fields. */
  public StopPublicationApplication {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id of a stop-publication application must not be "
          + "blank, got '" + id + "'");
    }
    if (version < 1) {
      throw new IllegalArgumentException("version of application " + id + " must be 1 or more, "
          + "got " + version);
    }
    Objects.requireNonNull(result, "result of application " + id);
    Objects.requireNonNull(entity, "entity of application " + id);
    Objects.requireNonNull(appliedOn, "appliedOn of application " + id);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason of application " + id + " must not be blank");
    }
    Objects.requireNonNull(rule, "rule of application " + id);
    Objects.requireNonNull(earliest, "earliest of application " + id);
    Objects.requireNonNull(state, "state of application " + id);
    decidedBy = decidedBy == null ? Optional.empty() : decidedBy;
    decidedOn = decidedOn == null ? Optional.empty() : decidedOn;
    opinion = opinion == null ? Optional.empty() : opinion;
    withdrawnFrom = withdrawnFrom == null ? Optional.empty() : withdrawnFrom;
    if (state == StopPublicationState.GRANTED && withdrawnFrom.isEmpty()) {
      throw new IllegalArgumentException("granted application " + id + " needs withdrawnFrom");
    }
  }
}
