package io.doublerandom.ledger;

import io.doublerandom.draw.LedgerEntry;
import io.doublerandom.internal.Codec;
import io.doublerandom.spi.LedgerHead;
import io.doublerandom.spi.LedgerStore;
import io.doublerandom.spi.Storage;
import io.doublerandom.spi.StoredLedgerEntry;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The exported ledger file (docs/draw-spec.md section 16): a first line {@code
 * doublerandom-ledger/v1}, one line {@code entry <sequence> <hash> <bytes>} per entry with the
 * entry's canonical bytes in lowercase hex, and a last line {@code head <sequence> <hash>}; ASCII,
 * each line ended by LF. Anyone can check it with SHA-256 and the entry layout of section 12.
 */
public final class LedgerFile {
  /** The first line. */
  public static final String HEADER = "doublerandom-ledger/v1";

  private LedgerFile() {}

  /**
   * The contents of a ledger file that checked out.
   *
   * @param entries the entries, in order
   * @param head the head the file ends with
   */
  public record Contents(List<LedgerEntry> entries, LedgerHead head) {
    /** Copies the list. */
    public Contents {
      entries = List.copyOf(entries);
    }
  }

  /**
   * Writes the ledger of {@code storage} to {@code file}, verifying its chain as it goes: through a
   * temporary file moved into place only if every entry checked out, so a failed export leaves
   * nothing.
   *
   * @return the head written on the last line
   * @throws LedgerIntegrityException if the stored ledger does not verify
   */
  public static LedgerHead export(Storage storage, Path file) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      LedgerHead head;
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
        head = write(Ledger.of(storage), w);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return head;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the ledger to " + file, e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // the temporary file is gone or was never made; the original error matters more
      }
    }
  }

  /** Writes the verified ledger to {@code out}; returns the head written. */
  public static LedgerHead write(Ledger ledger, Writer out) throws IOException {
    out.write(HEADER + "\n");
    LedgerHead[] head = {LedgerHead.EMPTY};
    IOException[] failure = {null};
    ledger.forEach(e -> {
      if (failure[0] != null) {
        return;
      }
      try {
        out.write(line(e));
      } catch (IOException ex) {
        failure[0] = ex;
      }
      head[0] = new LedgerHead(e.sequence(), e.hash());
    });
    if (failure[0] != null) {
      throw failure[0];
    }
    out.write("head " + head[0] + "\n");
    return head[0];
  }

  /** The file's text for these entries (for small ledgers and tests). */
  public static String text(List<LedgerEntry> entries) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    LedgerHead head = LedgerHead.EMPTY;
    for (LedgerEntry e : entries) {
      sb.append(line(e));
      head = new LedgerHead(e.sequence(), e.hash());
    }
    return sb.append("head ").append(head).append('\n').toString();
  }

  private static String line(LedgerEntry e) {
    return "entry " + e.sequence() + " " + e.hash() + " " + Codec.hex(e.canonicalBytes()) + "\n";
  }

  /**
   * Reads and checks a ledger file: the header, every line's form, every entry's hash and bytes,
   * the sequence numbers and links, and the final head. Every problem is reported with its line.
   *
   * @throws LedgerIntegrityException listing every problem ("line N: …")
   */
  public static Contents read(Path file) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ledger file " + file, e);
    }
  }

  /** Reads and checks a ledger file's text; see {@link #read(Path)}. */
  public static Contents read(BufferedReader in) throws IOException {
    List<LedgerProblem> problems = new ArrayList<>();
    List<LedgerEntry> entries = new ArrayList<>();
    LedgerCodec.ChainCheck chain = new LedgerCodec.ChainCheck(entries::add);
    LedgerHead head = null;
    String line;
    int n = 0;
    long lastSequence = -1;
    String lastHash = LedgerHead.GENESIS;
    while ((line = in.readLine()) != null) {
      n++;
      if (n == 1) {
        if (!line.equals(HEADER)) {
          problems.add(new LedgerProblem(-1, "line 1: expected '" + HEADER + "', got '"
              + line + "'"));
        }
        continue;
      }
      if (head != null) {
        problems.add(new LedgerProblem(-1, "line " + n + ": nothing may follow the head line"));
        continue;
      }
      String[] f = line.split(" ", -1);
      try {
        if (f[0].equals("entry") && f.length == 4) {
          long seq = Long.parseLong(f[1]);
          byte[] bytes = Codec.unhex("entry bytes", f[3]);
          StoredLedgerEntry stored = stored(seq, f[2], bytes);
          int before = chain.problems().size();
          chain.accept(stored);
          for (LedgerProblem p : chain.problems().subList(before, chain.problems().size())) {
            problems.add(new LedgerProblem(p.sequence(), "line " + n + ": " + p.message()));
          }
          lastSequence = seq;
          lastHash = f[2];
        } else if (f[0].equals("head") && f.length == 3) {
          head = new LedgerHead(Long.parseLong(f[1]), f[2]);
          if (head.sequence() != lastSequence || !head.hash().equals(lastHash)) {
            problems.add(new LedgerProblem(head.sequence(), "line " + n + ": the head " + head
                + " is not the last entry (" + lastSequence + " " + lastHash + ")"));
          }
        } else {
          problems.add(new LedgerProblem(-1, "line " + n + ": expected 'entry <sequence> <hash> "
              + "<bytes>' or 'head <sequence> <hash>', got '" + abbreviate(line) + "'"));
        }
      } catch (IllegalArgumentException e) {
        problems.add(new LedgerProblem(-1, "line " + n + ": " + e.getMessage()));
      }
    }
    if (n == 0) {
      problems.add(new LedgerProblem(-1, "line 1: the file is empty"));
    } else if (head == null) {
      problems.add(new LedgerProblem(-1, "line " + (n + 1) + ": the head line is missing "
          + "(the file was cut off)"));
    }
    if (!problems.isEmpty()) {
      throw new LedgerIntegrityException(problems);
    }
    return new Contents(entries, head);
  }

  /**
   * Imports a ledger file into {@code storage}: the stored ledger must be a prefix of the file's
   * (byte for byte); the rest is appended, compare-and-append, in one unit of work.
   *
   * @return the head after the import
   * @throws LedgerIntegrityException if the file does not check out
   * @throws IllegalStateException if the stored ledger is not a prefix of the file's
   */
  public static LedgerHead importInto(Storage storage, Path file) {
    Contents contents = read(file);
    return storage.inTransaction(s -> {
      LedgerStore store = s.ledger();
      LedgerHead head = store.head();
      List<LedgerEntry> entries = contents.entries();
      if (head.sequence() >= entries.size()) {
        throw new IllegalStateException("the stored ledger (head " + head + ") is longer than "
            + "the file's (head " + contents.head() + ")");
      }
      for (long seq = 0; seq <= head.sequence(); seq += Ledger.PAGE) {
        for (StoredLedgerEntry stored : store.page(seq, Ledger.PAGE)) {
          LedgerEntry mine = entries.get((int) stored.sequence());
          if (!Arrays.equals(mine.canonicalBytes(), stored.content())) {
            throw new IllegalStateException("stored entry " + stored.sequence()
                + " differs from the file's; the stored ledger is not a prefix of the file's");
          }
        }
      }
      for (int i = (int) head.nextSequence(); i < entries.size(); i++) {
        head = store.append(head, LedgerCodec.toStored(entries.get(i)));
      }
      return head;
    });
  }

  private static StoredLedgerEntry stored(long seq, String hash, byte[] bytes) {
    LedgerEntry decoded;
    try {
      decoded = LedgerCodec.decode(bytes);
    } catch (IllegalArgumentException e) {
      return new StoredLedgerEntry(seq, "", Objects.requireNonNull(hash), "", "", bytes);
    }
    return new StoredLedgerEntry(seq, decoded.previousHash(), hash,
        decoded.attempt().outcome().token(), decoded.attempt().task(), bytes);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
