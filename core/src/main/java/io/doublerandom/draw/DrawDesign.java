package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The design of a draw: the method, the size rule per stratum (a default and overrides by label),
 * and how many alternates to keep per stratum.
 *
 * @param method the sampling method within each stratum
 * @param size the size rule for strata without an override
 * @param stratumSizes overrides by stratum label, sorted by label (UTF-8 bytes), labels unique
 * @param alternates the number of alternates (ordered reserve) per stratum, {@code >= 0}
 */
@JsonPropertyOrder({"method", "size", "stratumSizes", "alternates"})
public record DrawDesign(DrawMethod method, SizeRule size, List<StratumSize> stratumSizes,
    int alternates) {

  /**
   * A size rule for one stratum.
   *
   * @param stratum the stratum label
   * @param size the rule
   */
  @JsonPropertyOrder({"stratum", "size"})
  public record StratumSize(String stratum, SizeRule size) {
    /** Validates the fields. */
    public StratumSize {
      Codec.text("stratum label", stratum);
      Objects.requireNonNull(size, "size rule of stratum " + stratum);
    }
  }

  /** Validates the fields and sorts the overrides. */
  public DrawDesign {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(size, "size");
    List<StratumSize> sorted = new ArrayList<>(stratumSizes == null ? List.of() : stratumSizes);
    sorted.sort(Comparator.comparing(StratumSize::stratum, Codec.UTF8_ORDER));
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(!sorted.get(i).stratum().equals(sorted.get(i - 1).stratum()),
          "stratum %s has more than one size rule", sorted.get(i).stratum());
    }
    stratumSizes = List.copyOf(sorted);
    checkArgument(alternates >= 0, "alternates must be >= 0: %s", alternates);
  }

  /** A design with one size rule for every stratum and no alternates. */
  public static DrawDesign of(DrawMethod method, SizeRule size) {
    return new DrawDesign(method, size, List.of(), 0);
  }

  /** This design with a size rule for one stratum (replacing any earlier one for it). */
  public DrawDesign withStratumSize(String stratum, SizeRule rule) {
    List<StratumSize> list = new ArrayList<>();
    for (StratumSize s : stratumSizes) {
      if (!s.stratum().equals(stratum)) {
        list.add(s);
      }
    }
    list.add(new StratumSize(stratum, rule));
    return new DrawDesign(method, size, list, alternates);
  }

  /** This design with {@code alternates} alternates per stratum. */
  public DrawDesign withAlternates(int alternates) {
    return new DrawDesign(method, size, stratumSizes, alternates);
  }

  /** The size rule that applies to {@code stratum}. */
  public SizeRule sizeRule(String stratum) {
    for (StratumSize s : stratumSizes) {
      if (s.stratum().equals(stratum)) {
        return s.size();
      }
    }
    return size;
  }
}
