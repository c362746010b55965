package io.doublerandom.assign;

import io.doublerandom.internal.Codec;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.doublerandom.draw.SeedPlan;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Everything that decides an assignment except the seed, fixed and hashed before the seed is
 * known (docs/assignment-spec.md section 6). Its {@link #hash()} is published first; the seed is
 * then derived from revealed material exactly as for a target draw, with this hash in place of
 * the draw manifest's.
 *
 * @param spec the specification version, {@value Assignment#SPEC}
 * @param assignment the assignment id (for example the task number, or a batch name); it
 *     separates the keys of different assignments made with one seed
 * @param drawRecordHash SHA-256 of the draw record the visits come from (hex), or "" if none
 * @param directoryDigest the inspector directory digest
 * @param directorySize the number of inspectors in the directory
 * @param visitsDigest the visits digest
 * @param visitCount the number of visits
 * @param historyDigest the history digest
 * @param historySize the number of earlier visits in the history
 * @param rules the rules
 * @param seedPlan how the seed will be obtained
 */
@JsonPropertyOrder({"spec", "assignment", "drawRecordHash", "directoryDigest", "directorySize",
    "visitsDigest", "visitCount", "historyDigest", "historySize", "rules", "seedPlan"})
public record AssignmentManifest(String spec, String assignment, String drawRecordHash,
    String directoryDigest, int directorySize, String visitsDigest, int visitCount,
    String historyDigest, int historySize, AssignmentRules rules, SeedPlan seedPlan) {

  /** Validates the fields and lowercases the hashes. */
  public AssignmentManifest {
    Codec.text("spec", spec);
    Codec.text("assignment id", assignment);
    drawRecordHash = drawRecordHash == null || drawRecordHash.isEmpty() ? ""
        : Codec.hash("draw record hash", drawRecordHash);
    directoryDigest = Codec.hash("directory digest", directoryDigest);
    visitsDigest = Codec.hash("visits digest", visitsDigest);
    historyDigest = Codec.hash("history digest", historyDigest);
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(seedPlan, "seed plan");
  }

  /**
   * The manifest of assigning {@code input} under {@code rules}.
   *
   * @param assignment the assignment id
   * @param drawRecordHash the hash of the draw record the visits come from ({@code
   *     DrawRecord.jsonHash()}), or "" if none
   */
  public static AssignmentManifest create(String assignment, String drawRecordHash,
      AssignmentRules rules, SeedPlan seedPlan, AssignmentInput input) {
    return new AssignmentManifest(Assignment.SPEC, assignment, drawRecordHash,
        input.directoryDigest(), input.inspectors().size(), input.visitsDigest(),
        input.visits().size(), input.historyDigest(), input.history().size(), rules, seedPlan);
  }

  /** The canonical text: UTF-8 {@code name=value} lines, each ending in LF. */
  public String canonicalText() {
    StringBuilder b = new StringBuilder();
    line(b, "manifest", "doublerandom-assignment-manifest/v1");
    line(b, "spec", spec);
    line(b, "assignment", assignment);
    if (!drawRecordHash.isEmpty()) {
      line(b, "draw-record", drawRecordHash);
    }
    line(b, "directory-digest", directoryDigest);
    line(b, "directory-size", Integer.toString(directorySize));
    line(b, "visits-digest", visitsDigest);
    line(b, "visits", Integer.toString(visitCount));
    line(b, "history-digest", historyDigest);
    line(b, "history", Integer.toString(historySize));
    rules.appendLines(b);
    line(b, "seed-plan", seedPlan.kind());
    if (seedPlan instanceof SeedPlan.CommitReveal cr) {
      for (SeedPlan.Commitment c : cr.commitments()) {
        line(b, "commitment.party", c.party());
        line(b, "commitment.hash", c.hash());
      }
    } else if (seedPlan instanceof SeedPlan.Drand d) {
      line(b, "drand.chain-hash", d.chainHash());
      line(b, "drand.round", Long.toString(d.round()));
    }
    line(b, "end", "doublerandom-assignment-manifest/v1");
    return b.toString();
  }

  /** SHA-256 of the UTF-8 bytes of the canonical text, 64 lowercase hex digits. */
  public String hash() {
    return Codec.hex(Codec.sha256().digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
  }

  static void line(StringBuilder b, String name, String value) {
    b.append(name).append('=').append(value).append('\n');
  }
}
