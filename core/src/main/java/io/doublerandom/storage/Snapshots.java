package io.doublerandom.storage;

import io.doublerandom.internal.Codec;
import io.doublerandom.json.Json;
import io.doublerandom.ledger.LedgerIntegrityException;
import io.doublerandom.ledger.LedgerProblem;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.spi.DirectoryKind;
import io.doublerandom.spi.DirectoryMember;
import io.doublerandom.spi.DirectoryStore;
import io.doublerandom.spi.SnapshotImport;
import io.doublerandom.spi.SnapshotInfo;
import io.doublerandom.spi.Storage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Imports directory snapshots into a storage in batches and reads them back, checked. A snapshot's
 * digest (docs/storage.md) is
 *
 * <pre>
 * SHA-256( enc("doublerandom/snapshot/v1") || enc(kind) || u64be(count)
 *          || for each member in ascending UTF-8 byte order of id: enc(id) || enc(content) )
 * </pre>
 *
 * <p>where a market entity's content is its JSON as {@link Json#writer()} writes it. The digest
 * is computed from what the store returns after the last batch, so a commit also proves the store
 * kept every byte; reading a snapshot back recomputes it.
 */
public final class Snapshots {
  /** Members per batch written and per page read. */
  public static final int BATCH = 10_000;

  private static final ObjectReader ENTITY = Json.reader().forType(MarketEntity.class);

  private Snapshots() {}

  /** Imports market entities as a snapshot of the entity directory. */
  public static SnapshotInfo importEntities(Storage storage, Iterator<? extends MarketEntity> it) {
    return importMembers(storage, DirectoryKind.ENTITIES, new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public DirectoryMember next() {
        MarketEntity e = it.next();
        return new DirectoryMember(e.id().value(), entityBytes(e));
      }
    });
  }

  /** The bytes an entity is stored as. */
  public static byte[] entityBytes(MarketEntity e) {
    try {
      return Json.writer().writeValueAsBytes(e);
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Imports members in batches of {@link #BATCH} and commits them under their digest; on any
   * failure the import is aborted and nothing becomes visible.
   */
  public static SnapshotInfo importMembers(Storage storage, DirectoryKind kind,
      Iterator<DirectoryMember> members) {
    Objects.requireNonNull(members, "members");
    try (SnapshotImport imp = storage.stores().directories().begin(kind)) {
      List<DirectoryMember> batch = new ArrayList<>(BATCH);
      while (members.hasNext()) {
        batch.add(members.next());
        if (batch.size() == BATCH) {
          imp.add(batch);
          batch = new ArrayList<>(BATCH);
        }
      }
      if (!batch.isEmpty()) {
        imp.add(batch);
      }
      Digest d = new Digest(kind, imp.count());
      String after = "";
      while (true) {
        List<DirectoryMember> page = imp.staged(after, BATCH);
        if (page.isEmpty()) {
          break;
        }
        page.forEach(d::add);
        after = page.get(page.size() - 1).id();
      }
      String digest = d.finish();
      return imp.commit(digest);
    }
  }

  /**
   * Streams the members of a committed snapshot to {@code action} page by page, recomputing its
   * digest, then throws if the digest or the count does not match (the action has then seen
   * members that are not the snapshot's).
   *
   * @throws LedgerIntegrityException if the stored snapshot is not what was committed
   */
  public static void forEachMember(Storage storage, String digest,
      Consumer<DirectoryMember> action) {
    DirectoryStore store = storage.stores().directories();
    SnapshotInfo info = store.snapshot(digest).orElseThrow(() ->
        new java.util.NoSuchElementException("no snapshot has digest " + digest));
    Digest d = new Digest(info.kind(), info.count());
    String after = "";
    long seen = 0;
    while (true) {
      List<DirectoryMember> page = store.members(digest, after, BATCH);
      if (page.isEmpty()) {
        break;
      }
      for (DirectoryMember m : page) {
        d.add(m);
        action.accept(m);
      }
      seen += page.size();
      after = page.get(page.size() - 1).id();
    }
    String actual = d.finish();
    if (seen != info.count() || !actual.equals(digest)) {
      throw new LedgerIntegrityException(List.of(new LedgerProblem(-1, "snapshot " + digest
          + " was changed: it has " + seen + " members (committed with " + info.count()
          + ") that digest to " + actual)));
    }
  }

  /** Streams the market entities of a committed entity snapshot, checked as above. */
  public static void forEachEntity(Storage storage, String digest,
      Consumer<MarketEntity> action) {
    forEachMember(storage, digest, m -> {
      try {
        action.accept(ENTITY.readValue(m.content()));
      } catch (IOException e) {
        throw new UncheckedIOException("member " + m.id() + " of snapshot " + digest
            + " is not a market entity", e);
      }
    });
  }

  private static final class Digest {
    private final MessageDigest md = Codec.sha256();
    private String previous = null;

    Digest(DirectoryKind kind, long count) {
      Codec.str(md, "doublerandom/snapshot/v1");
      Codec.str(md, kind.token());
      Codec.u64(md, count);
    }

    void add(DirectoryMember m) {
      if (previous != null && Codec.compareUtf8(previous, m.id()) >= 0) {
        throw new IllegalStateException("the store returned member " + m.id() + " after "
            + previous + ", out of UTF-8 byte order or twice");
      }
      previous = m.id();
      Codec.str(md, m.id());
      Codec.bytes(md, m.content());
    }

    String finish() {
      return Codec.hex(md.digest());
    }
  }
}
