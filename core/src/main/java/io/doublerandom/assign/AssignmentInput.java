package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import io.doublerandom.model.DateRange;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.InspectorKind;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The frozen inputs of an assignment: the inspector directory, the visits to staff and the
 * history of earlier visits (for rotation). Each is kept sorted (inspectors and visits by id,
 * history by entity, inspector and date), so the order in which they are given never matters,
 * and each has a digest specified in docs/assignment-spec.md section 3.
 *
 * @param inspectors the inspector directory, sorted by id (UTF-8 bytes), ids distinct
 * @param visits the visits, sorted by id, ids distinct
 * @param history earlier visits, sorted, duplicates removed
 */
public record AssignmentInput(List<Inspector> inspectors, List<Visit> visits,
    List<PastVisit> history) {

  private static final Comparator<PastVisit> HISTORY_ORDER = Comparator
      .comparing(PastVisit::entityId, Codec.UTF8_ORDER)
      .thenComparing(PastVisit::inspectorId, Codec.UTF8_ORDER)
      .thenComparing(p -> p.date().toString(), Codec.UTF8_ORDER);

  /** Sorts and validates: distinct inspector ids, distinct visit ids, valid text fields. */
  public AssignmentInput {
    List<Inspector> ins = new ArrayList<>(Objects.requireNonNull(inspectors, "inspectors"));
    ins.forEach(i -> Codec.text("inspector id", Objects.requireNonNull(i, "inspector").id()));
    ins.sort(Comparator.comparing(Inspector::id, Codec.UTF8_ORDER));
    for (int k = 1; k < ins.size(); k++) {
      checkArgument(!ins.get(k).id().equals(ins.get(k - 1).id()),
          "inspector id %s appears more than once in the directory", ins.get(k).id());
    }
    inspectors = List.copyOf(ins);
    List<Visit> vs = new ArrayList<>(Objects.requireNonNull(visits, "visits"));
    vs.sort(Comparator.comparing(Visit::id, Codec.UTF8_ORDER));
    for (int k = 1; k < vs.size(); k++) {
      checkArgument(!vs.get(k).id().equals(vs.get(k - 1).id()),
          "visit id %s appears more than once", vs.get(k).id());
    }
    visits = List.copyOf(vs);
    TreeSet<PastVisit> hs = new TreeSet<>(HISTORY_ORDER);
    hs.addAll(history == null ? List.of() : history);
    history = List.copyOf(hs);
  }

  /** The inputs in any order; no history. */
  public static AssignmentInput of(Collection<Inspector> inspectors, Collection<Visit> visits) {
    return new AssignmentInput(List.copyOf(inspectors), List.copyOf(visits), List.of());
  }

  /** The inputs in any order. */
  public static AssignmentInput of(Collection<Inspector> inspectors, Collection<Visit> visits,
      Collection<PastVisit> history) {
    return new AssignmentInput(List.copyOf(inspectors), List.copyOf(visits),
        List.copyOf(history));
  }

  /**
   * The directory digest (spec section 3.1): SHA-256 over the fields the rules read, for each
   * inspector in id order. Names and other personal data are not part of it.
   */
  public String directoryDigest() {
    MessageDigest md = Codec.sha256();
    Codec.str(md, "doublerandom/inspectors/v1");
    Codec.u64(md, inspectors.size());
    for (Inspector i : inspectors) {
      Codec.str(md, i.id());
      Codec.str(md, kindToken(i.kind()));
      Codec.str(md, i.authorityCode());
      Codec.str(md, i.level().name().toLowerCase(Locale.ROOT));
      Codec.str(md, i.region().value());
      md.update((byte) (i.active() ? 1 : 0));
      if (i.certificate().isPresent()) {
        md.update((byte) 1);
        Codec.str(md, i.certificate().get().validFrom().toString());
        Codec.str(md, i.certificate().get().validTo().toString());
      } else {
        md.update((byte) 0);
      }
      list(md, i.specialties());
      TreeSet<String> conflicts = new TreeSet<>(Codec.UTF8_ORDER);
      for (DeclaredConflict c : i.conflicts()) {
        conflicts.add(conflictToken(c));
      }
      Codec.u32(md, conflicts.size());
      for (String c : conflicts) {
        int colon = c.indexOf(':');
        Codec.str(md, c.substring(0, colon));
        Codec.str(md, c.substring(colon + 1));
      }
      TreeSet<String> ranges = new TreeSet<>(Codec.UTF8_ORDER);
      for (DateRange r : i.unavailable()) {
        ranges.add(r.from() + "/" + r.to());
      }
      Codec.u32(md, ranges.size());
      for (String r : ranges) {
        int slash = r.indexOf('/');
        Codec.str(md, r.substring(0, slash));
        Codec.str(md, r.substring(slash + 1));
      }
    }
    return Codec.hex(md.digest());
  }

  /** The visits digest (spec section 3.2). */
  public String visitsDigest() {
    MessageDigest md = Codec.sha256();
    Codec.str(md, "doublerandom/visits/v1");
    Codec.u64(md, visits.size());
    for (Visit v : visits) {
      Codec.str(md, v.id());
      Codec.str(md, v.task());
      Codec.str(md, v.entity().id());
      Codec.str(md, v.entity().region().value());
      Codec.str(md, v.entity().registrationAuthority());
      list(md, v.entity().partyIds());
      Codec.str(md, v.dates().from().toString());
      Codec.str(md, v.dates().to().toString());
      list(md, v.items());
      list(md, v.specialties());
      list(md, v.departments());
      list(md, v.recusalRequests());
    }
    return Codec.hex(md.digest());
  }

  /** The history digest (spec section 3.3). */
  public String historyDigest() {
    MessageDigest md = Codec.sha256();
    Codec.str(md, "doublerandom/history/v1");
    Codec.u64(md, history.size());
    for (PastVisit p : history) {
      Codec.str(md, p.entityId());
      Codec.str(md, p.inspectorId());
      Codec.str(md, p.date().toString());
    }
    return Codec.hex(md.digest());
  }

  static String kindToken(InspectorKind kind) {
    return kind == InspectorKind.EXPERT ? "expert" : "officer";
  }

  /** {@code entity:<id>} or {@code party:<id>}. */
  static String conflictToken(DeclaredConflict c) {
    return c.entity().isPresent() ? "entity:" + c.entity().get().value()
        : "party:" + c.partyId().orElseThrow();
  }

  /** A sorted set of texts: {@code u32be(n) || enc(x)...} in UTF-8 byte order. */
  private static void list(MessageDigest md, Collection<String> values) {
    TreeSet<String> sorted = new TreeSet<>(Codec.UTF8_ORDER);
    sorted.addAll(values);
    Codec.u32(md, sorted.size());
    for (String s : sorted) {
      Codec.str(md, s);
    }
  }
}
