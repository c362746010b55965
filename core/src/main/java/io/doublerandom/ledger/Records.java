package io.doublerandom.ledger;

import io.doublerandom.assign.AssignmentRecord;
import io.doublerandom.draw.DrawRecord;
import io.doublerandom.draw.JointDrawRecord;
import io.doublerandom.internal.Codec;
import io.doublerandom.json.CanonicalJson;
import io.doublerandom.spi.RecordStore;
import io.doublerandom.spi.Storage;
import io.doublerandom.spi.StoredRecord;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The records of a {@link Storage}, checked on every read: the bytes must hash (SHA-256, the
 * record hash of {@link DrawRecord#jsonHash()}) to the address they are stored under, parse as a
 * record of their kind, and name the task their column says.
 */
public final class Records {
  private final Storage storage;

  private Records(Storage storage) {
    this.storage = Objects.requireNonNull(storage, "storage");
  }

  /** The records of {@code storage}. */
  public static Records of(Storage storage) {
    return new Records(storage);
  }

  /**
   * The stored form of a draw record: its canonical JSON bytes (docs/draw-spec.md section 2) under
   * their SHA-256, which is the record hash ({@link DrawRecord#jsonHash()}) the ledger names.
   */
  public static StoredRecord stored(DrawRecord record) {
    return stored(RecordKind.DRAW, record.manifest().task(), record.toJson());
  }

  /** The stored form of a joint draw record, under its event. */
  public static StoredRecord stored(JointDrawRecord record) {
    return stored(RecordKind.JOINT_DRAW, record.manifest().event(), record.toJson());
  }

  /** The stored form of an assignment record, under its assignment id. */
  public static StoredRecord stored(AssignmentRecord record) {
    return stored(RecordKind.ASSIGNMENT, record.manifest().assignment(), record.toJson());
  }

  private static StoredRecord stored(RecordKind kind, String task, String json) {
    byte[] bytes = CanonicalJson.bytes(CanonicalJson.parse(json));
    return new StoredRecord(kind.token, Codec.hex(Codec.sha256(bytes)), task, bytes);
  }

  /**
   * The record with this hash, checked.
   *
   * @throws LedgerIntegrityException if the stored bytes are not what was stored under the hash
   */
  public Optional<StoredRecord> get(String hash) {
    return get(storage.stores().records(), hash);
  }

  /** A draw record by its hash, checked. */
  public Optional<DrawRecord> draw(String hash) {
    return get(hash).filter(r -> r.kind().equals(RecordKind.DRAW.token))
        .map(r -> DrawRecord.fromJson(text(r)));
  }

  /** An assignment record by its hash, checked. */
  public Optional<AssignmentRecord> assignment(String hash) {
    return get(hash).filter(r -> r.kind().equals(RecordKind.ASSIGNMENT.token))
        .map(r -> AssignmentRecord.fromJson(text(r)));
  }

  /** The records of a task, each checked. */
  public List<StoredRecord> byTask(String task) {
    List<StoredRecord> out = new ArrayList<>();
    List<LedgerProblem> problems = new ArrayList<>();
    for (StoredRecord r : storage.stores().records().byTask(task)) {
      check(r, r.hash(), problems);
      if (!r.task().equals(task)) {
        problems.add(new LedgerProblem(-1, "record " + r.hash() + " was returned for task "
            + task + " but is of task " + r.task()));
      }
      out.add(r);
    }
    if (!problems.isEmpty()) {
      throw new LedgerIntegrityException(problems);
    }
    return List.copyOf(out);
  }

  static Optional<StoredRecord> get(RecordStore store, String hash) {
    String address = Codec.hash("record hash", hash);
    Optional<StoredRecord> r = store.get(address);
    if (r.isPresent()) {
      List<LedgerProblem> problems = new ArrayList<>();
      check(r.get(), address, problems);
      if (!problems.isEmpty()) {
        throw new LedgerIntegrityException(problems);
      }
    }
    return r;
  }

  static void check(StoredRecord r, String address, List<LedgerProblem> problems) {
    byte[] bytes = r.content();
    String actual = Codec.hex(Codec.sha256(bytes));
    if (!actual.equals(address) || !r.hash().equals(address)) {
      problems.add(new LedgerProblem(-1, "record " + address + " was changed: its bytes hash to "
          + actual + (r.hash().equals(address) ? "" : " and its hash column says " + r.hash())));
      return;
    }
    try {
      RecordKind kind = RecordKind.ofToken(r.kind());
      String task = kind.taskOf(text(r));
      if (!task.equals(r.task())) {
        problems.add(new LedgerProblem(-1, "record " + address + " was changed: its task column "
            + "says " + r.task() + " but its bytes say " + task));
      }
    } catch (RuntimeException e) {
      problems.add(new LedgerProblem(-1, "record " + address + " was changed: "
          + e.getMessage()));
    }
  }

  private static String text(StoredRecord r) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(r.content())).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("record " + r.hash() + " is not UTF-8 text");
    }
  }
}
