package io.doublerandom.model.result;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The finding of one inspection item of a result: its result codes (one or more; which
 * combinations are allowed is the catalogue's business, checked in core), a text and a correction
 * deadline where a code needs them.
 *
 * @param item the code of the inspection item
 * @param codes the result codes, sorted
 * @param text the inspector's text (required by 其他情况), or empty
 * @param deadline the correction deadline (required by 限期改正), or empty
 */
public record Finding(String item, SortedSet<String> codes, Optional<String> text,
    Optional<LocalDate> deadline) {

  /** Validates the item and copies the codes; a blank text counts as none. */
  public Finding {
    if (item == null || item.isBlank()) {
      throw new IllegalArgumentException("item of a finding must not be blank, got '" + item
          + "'");
    }
    Objects.requireNonNull(codes, "codes of the finding of item " + item);
    codes = Collections.unmodifiableSortedSet(new TreeSet<>(codes));
    text = text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
    deadline = deadline == null ? Optional.empty() : deadline;
  }

  /** A finding with these codes and no text or deadline. */
  public static Finding of(String item, String... codes) {
    return new Finding(item, new TreeSet<>(java.util.List.of(codes)), Optional.empty(),
        Optional.empty());
  }

  /** This finding with {@code text}. */
  public Finding withText(String text) {
    return new Finding(item, codes, Optional.ofNullable(text), deadline);
  }

  /** This finding with the correction deadline {@code deadline}. */
  public Finding withDeadline(LocalDate deadline) {
    return new Finding(item, codes, text, Optional.of(deadline));
  }
}
