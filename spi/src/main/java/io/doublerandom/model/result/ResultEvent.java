package io.doublerandom.model.result;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a result's history: who did what, when, with which opinion.
 *
 * @param at when (from the {@code Clock} SPI)
 * @param actor the id of the inspector, auditor or officer who acted
 * @param action what was done
 * @param from the state before
 * @param to the state after
 * @param opinion the opinion or note, or empty
 */
public record ResultEvent(Instant at, String actor, ResultAction action, ResultState from,
    ResultState to, Optional<String> opinion) {

  /** Validates the fields; a blank opinion counts as none. */
  public ResultEvent {
    Objects.requireNonNull(at, "at");
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("actor of a result event must not be blank, got '"
          + actor + "'");
    }
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    opinion = opinion == null ? Optional.empty()
        : opinion.map(String::strip).filter(t -> !t.isEmpty());
  }
}
