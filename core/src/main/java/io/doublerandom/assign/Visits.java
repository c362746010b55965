package io.doublerandom.assign;

import io.doublerandom.draw.DrawRecord;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.MarketEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Builds the visits of an assignment from the result of a target draw. */
public final class Visits {
  private Visits() {}

  /**
   * One visit per entity of the draw's current sample (after its replacements): visit id {@code
   * task + "/" + entity id}, the draw's task number, the entity looked up in the directory, these
   * dates and these required specialties. Publish the draw record's {@link DrawRecord#jsonHash()}
   * in the assignment manifest to link the two.
   *
   * @param record the draw record
   * @param directory looks an entity up by id
   * @param dates the inspection dates of every visit
   * @param specialties the specialties every visit requires (may be empty)
   * @throws IllegalArgumentException if a drawn entity is not in the directory (the message names
   *     it)
   */
  public static List<Visit> fromDraw(DrawRecord record,
      Function<String, Optional<MarketEntity>> directory, DateRange dates,
      Collection<String> specialties) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(directory, "directory");
    String task = record.manifest().task();
    List<Visit> out = new ArrayList<>();
    for (String id : record.currentSample()) {
      MarketEntity e = directory.apply(id).orElseThrow(() -> new IllegalArgumentException(
          "drawn entity " + id + " of task " + task + " is not in the entity directory"));
      out.add(Visit.of(task + "/" + id, task, EntityRef.of(e), dates)
          .withSpecialties(specialties));
    }
    return out;
  }
}
