package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An earlier inspection of an entity by an inspector, for the rotation rule (not the same
 * inspector for the same entity within a window of days).
 *
 * @param entityId the entity inspected
 * @param inspectorId the inspector who took part
 * @param date the inspection date
 */
@JsonPropertyOrder({"entityId", "inspectorId", "date"})
public record PastVisit(String entityId, String inspectorId, LocalDate date) {
  /** Validates the fields. */
  public PastVisit {
    Codec.text("entity id of past visit", entityId);
    Codec.text("inspector id of past visit", inspectorId);
    Objects.requireNonNull(date, "date of past visit");
  }
}
