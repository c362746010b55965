package io.doublerandom.ledger;

import io.doublerandom.draw.DrawAttempt;
import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.internal.Codec;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.StoredLedgerEntry;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Encodes ledger entries as their canonical bytes (the entry hash's preimage, docs/draw-spec.md
 * section 12) and decodes and checks them.
 */
final class LedgerCodec {
  private static final String TAG = "doublerandom/ledger/v1";

  private LedgerCodec() {}

  static StoredLedgerEntry toStored(LedgerEntry e) {
    return new StoredLedgerEntry(e.sequence(), e.previousHash(), e.hash(),
        e.attempt().outcome().token(), e.attempt().task(), e.canonicalBytes());
  }

  /** Decodes canonical bytes into an entry, or says why they are not one. */
  static LedgerEntry decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String tag = string(in);
      if (!tag.equals(TAG)) {
        throw new IllegalArgumentException("its tag is '" + tag + "', not '" + TAG + "'");
      }
      long sequence = in.getLong();
      byte[] previous = new byte[32];
      in.get(previous);
      String task = string(in);
      String outcomeToken = string(in);
      String at = string(in);
      String manifestHash = string(in);
      String seed = string(in);
      String recordHash = string(in);
      String reason = string(in);
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(in.remaining() + " bytes follow the last field");
      }
      DrawAttempt.Outcome outcome = Arrays.stream(DrawAttempt.Outcome.values())
          .filter(o -> o.token().equals(outcomeToken)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown kind '" + outcomeToken + "'"));
      Instant instant;
      try {
        instant = Instant.parse(at);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("its time '" + at + "' is not yyyy-MM-ddTHH:mm:ssZ");
      }
      DrawAttempt attempt = new DrawAttempt(task, outcome, manifestHash, seed, recordHash,
          reason, instant);
      LedgerEntry entry = LedgerEntry.of(sequence, Codec.hex(previous), attempt);
      if (!Arrays.equals(entry.canonicalBytes(), bytes)) {
        throw new IllegalArgumentException("its bytes are not in canonical form");
      }
      return entry;
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("its bytes end in the middle of a field");
    }
  }

  private static String string(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("a field claims " + Integer.toUnsignedString(length)
          + " bytes but " + in.remaining() + " remain");
    }
    byte[] b = new byte[length];
    in.get(b);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("a field is not valid UTF-8");
    }
  }

  /**
   * Checks entries as they stream by, in the order a store returns them: content hash, decoding,
   * columns against content, sequence numbers and chain links. Feed every entry to {@link
   * #accept}, then call {@link #finish}.
   */
  static final class ChainCheck implements Consumer<StoredLedgerEntry> {
    private final List<LedgerProblem> problems = new ArrayList<>();
    private final Consumer<LedgerEntry> sink;
    private long expected = 0;
    private String previous = LedgerHead.GENESIS;
    private long lastSequence = -1;

    ChainCheck(Consumer<LedgerEntry> sink) {
      this.sink = sink;
    }

    @Override
    public void accept(StoredLedgerEntry e) {
      long seq = e.sequence();
      if (seq > expected) {
        problems.add(new LedgerProblem(expected, expected == seq - 1
            ? "entry " + expected + " is missing (removed)"
            : "entries " + expected + " to " + (seq - 1) + " are missing (removed)"));
      } else if (seq < expected) {
        problems.add(new LedgerProblem(seq, "entry " + seq
            + " appears again after entry " + (expected - 1) + " (reordered or inserted)"));
      }
      Optional<LedgerEntry> decoded = check(e, problems);
      if (!e.previousHash().equals(previous)) {
        problems.add(new LedgerProblem(seq, "entry " + seq + " links to " + e.previousHash()
            + " but the entry before it hashes to " + previous
            + " (an entry was removed, inserted or reordered, or the one before was changed)"));
      }
      decoded.ifPresent(sink);
      previous = e.hash();
      expected = Math.max(expected, seq + 1);
      lastSequence = seq;
    }

    /** The problems, after checking that the store's head is the last entry seen. */
    List<LedgerProblem> finish(LedgerHead storeHead) {
      LedgerHead seen = lastSequence < 0 ? LedgerHead.EMPTY : new LedgerHead(lastSequence,
          previous);
      if (!storeHead.equals(seen)) {
        problems.add(new LedgerProblem(Math.max(storeHead.sequence(), seen.sequence()),
            "the store's head is " + storeHead + " but its last entry is " + seen
            + " (entries were cut off, or the head was changed)"));
      }
      return List.copyOf(problems);
    }

    List<LedgerProblem> problems() {
      return List.copyOf(problems);
    }
  }

  /** Checks one stored entry on its own (hash, decoding, columns); adds its problems. */
  static Optional<LedgerEntry> check(StoredLedgerEntry e, List<LedgerProblem> problems) {
    long seq = e.sequence();
    byte[] bytes = e.content();
    String actual = Codec.hex(Codec.sha256(bytes));
    int before = problems.size();
    if (!actual.equals(e.hash())) {
      problems.add(new LedgerProblem(seq, "entry " + seq + " was changed: its stored hash is "
          + e.hash() + " but its bytes hash to " + actual));
    }
    LedgerEntry entry;
    try {
      entry = decode(bytes);
    } catch (IllegalArgumentException ex) {
      problems.add(new LedgerProblem(seq, "entry " + seq + " was changed: its bytes are not a "
          + "ledger entry (" + ex.getMessage() + ")"));
      return Optional.empty();
    }
    if (entry.sequence() != seq) {
      problems.add(new LedgerProblem(seq, "entry " + seq + " holds the bytes of entry "
          + entry.sequence() + " (reordered)"));
    }
    if (!entry.previousHash().equals(e.previousHash())) {
      problems.add(new LedgerProblem(seq, "entry " + seq + " was changed: its previous-hash "
          + "column " + e.previousHash() + " differs from its bytes' " + entry.previousHash()));
    }
    if (!entry.attempt().task().equals(e.task())
        || !entry.attempt().outcome().token().equals(e.kind())) {
      problems.add(new LedgerProblem(seq, "entry " + seq + " was changed: its columns say "
          + e.kind() + " of task " + e.task() + " but its bytes say "
          + entry.attempt().outcome().token() + " of task " + entry.attempt().task()));
    }
    return problems.size() == before ? Optional.of(entry) : Optional.empty();
  }
}
