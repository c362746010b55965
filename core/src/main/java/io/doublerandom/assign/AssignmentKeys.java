package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import io.doublerandom.draw.SeedRejectedException;
import io.doublerandom.draw.SeedSource;
import java.util.Objects;

/**
 * The keys of any visit and any inspector–visit pair of an assignment, in the pool or not
 * (docs/assignment-spec.md section 7): the visit key {@code VK(v)}, which orders the visits, and
 * the pair key {@code PK(v, i)}, which ranks the inspectors of a visit. For testers and auditors
 * who check an assignment beyond its record (which publishes the keys of the team members only).
 *
 * <pre>{@code
 * AssignmentKeys keys = AssignmentKeys.of(record);
 * String pk = keys.pairKey("V1", "SX-INS-00003");   // 64 hex digits
 * }</pre>
 *
 * <p>Thread-safe. Reading keys never assigns anything and cannot produce a record.
 */
public final class AssignmentKeys {
  private final PairKeys keys;
  private final String assignmentId;

  private AssignmentKeys(byte[] seed, String assignmentId) {
    this.keys = new PairKeys(seed, Codec.text("assignment id", assignmentId));
    this.assignmentId = assignmentId;
  }

  /** The keys of a record: its recorded seed and its manifest's assignment id. */
  public static AssignmentKeys of(AssignmentRecord record) {
    Objects.requireNonNull(record, "record");
    return new AssignmentKeys(Codec.unhex("seed", record.seed(), 32),
        record.manifest().assignment());
  }

  /**
   * The keys an assignment of {@code manifest} with {@code source} uses.
   *
   * @throws SeedRejectedException if the material does not fit the manifest's seed plan
   */
  public static AssignmentKeys of(AssignmentManifest manifest, SeedSource source) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(source, "seed source");
    return new AssignmentKeys(source.seed(manifest.seedPlan(), manifest.hash()),
        manifest.assignment());
  }

  /**
   * The keys for a raw 32-byte seed and an assignment id.
   *
   * @throws IllegalArgumentException if the seed is not 32 bytes
   */
  public static AssignmentKeys ofSeed(byte[] seed, String assignmentId) {
    Objects.requireNonNull(seed, "seed");
    return new AssignmentKeys(seed.clone(), assignmentId);
  }

  /** The assignment id. */
  public String assignmentId() {
    return assignmentId;
  }

  /** {@code VK(visitId)}, 64 lowercase hex digits. */
  public synchronized String visitKey(String visitId) {
    return Codec.hex(keys.visitKey(Codec.text("visit id", visitId)));
  }

  /** {@code PK(visitId, inspectorId)}, 64 lowercase hex digits. */
  public synchronized String pairKey(String visitId, String inspectorId) {
    return Codec.hex(keys.pairKey(Codec.text("visit id", visitId),
        Codec.text("inspector id", inspectorId)));
  }
}
