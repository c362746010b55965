package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Simple random sampling without replacement ({@code srswor}, docs/draw-spec.md section 8.1) over
 * a stream of candidates in memory bounded by the sample: per stratum a buffer keeps the
 * candidates that may be among the {@code n_h + A} smallest order keys (at most twice that many,
 * or {@code n_h + A + 64} for small samples).
 * The result is exactly the {@code strata} of the {@link DrawRecord} that {@link TargetDraw#draw}
 * produces for the same seed, key stream, sizes and candidates, whatever their order; selections
 * over disjoint parts of a population {@linkplain #merge merge} into the selection of the whole.
 *
 * <p>Per candidate the cost is one key, {@code HMAC-SHA-256} with the padded-key states hashed
 * once (two SHA-256 compressions), computed into reused buffers, and one comparison of its first
 * 8 bytes with the current threshold.
 *
 * <p>This is the entry point for populations too large to hold in memory and for measuring the
 * draw's throughput. It does not build the manifest: the sample sizes of a ratio design depend on
 * the stratum sizes, which a first pass (the population digest, {@link Population}) establishes.
 * Give the sizes either from a {@link Manifest} ({@link #forManifest}; the counts seen are then
 * checked against it) or directly as counts per stratum ({@link #of}; a stratum's sample is
 * {@code min(n_h, N_h)} of the {@code N_h} candidates seen).
 *
 * <p>Candidate ids must be pairwise distinct, as the population digest pass checks; a repeated id
 * among the kept candidates is rejected here (when the buffer is cut back, at the latest by
 * {@link #result()}), a repeated id that is not kept is not noticed (it does not change the
 * selection, only the stratum count).
 *
 * <pre>{@code
 * StreamingSelection s = StreamingSelection.forManifest(manifest, source.seed(manifest));
 * try (Stream<Candidate> candidates = readCandidates()) {
 *   s.offerAll(candidates);
 * }
 * List<DrawRecord.StratumDraw> strata = s.result();
 * }</pre>
 *
 * <p>Not thread-safe; give each thread its own instance (same arguments) and merge them.
 */
public final class StreamingSelection {
  /** The most candidates kept per stratum, {@code n_h + A}: the buffer of twice that fits. */
  static final int MAX_KEPT = (Integer.MAX_VALUE - 8) / 64 - 64;
  private static final VarHandle LONG_BIG_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  /**
   * One stratum: its sample size, its count and the candidates that may still be among the
   * {@code capacity} smallest keys. Candidates below the current threshold are appended to a
   * buffer; when the buffer holds {@code 2·capacity} (at least {@code capacity + 64}) entries it is
   * cut back to its {@code capacity} smallest, found by selection, and the largest kept key
   * becomes the threshold. An append costs O(1), a cut O(capacity), and memory stays within
   * twice the sample; the kept entries are sorted once, for the result.
   */
  private static final class Stratum {
    final String label;
    final int size;
    final int capacity;
    final int limit;
    long count;
    /** Per buffered entry: the key's first 8 bytes, the key, and the Candidate or the id. */
    long[] prefixes;
    byte[] keys;
    Object[] items;
    int buffered;
    /** Once {@code capacity} entries were kept: the largest kept entry. */
    boolean bounded;
    long thresholdPrefix;
    final byte[] thresholdKey = new byte[32];
    Object thresholdItem;

    Stratum(String label, int size, int capacity) {
      checkArgument(capacity <= MAX_KEPT, "stratum %s: the sample and alternates (%s) exceed the"
          + " %s candidates a streaming selection keeps per stratum", label, capacity, MAX_KEPT);
      this.label = label;
      this.size = size;
      this.capacity = capacity;
      this.limit = capacity + Math.max(capacity, 64);
      // small at first: a draw makes one selection per chunk and core, each with every stratum
      int initial = Math.max(1, Math.min(limit, 16));
      prefixes = new long[initial];
      keys = new byte[initial * 32];
      items = new Object[initial];
    }

    /** Whether a key with these first 8 bytes can be among the kept: the cheap pre-check. */
    boolean mayEnter(long prefix) {
      return !bounded || Long.compareUnsigned(prefix, thresholdPrefix) <= 0;
    }

    /** Buffers an entry that passed {@link #mayEnter}; the key is copied. */
    void add(long prefix, byte[] key, int keyOffset, Object item) {
      if (bounded && prefix == thresholdPrefix) {
        int c = compare(prefix, key, keyOffset, item, thresholdPrefix, thresholdKey, 0,
            thresholdItem);
        checkArgument(c != 0, "candidate id %s appears more than once", id(item));
        if (c > 0) {
          return;
        }
      }
      if (buffered == prefixes.length) {
        int grown = (int) Math.min(limit, 2L * prefixes.length);
        prefixes = Arrays.copyOf(prefixes, grown);
        keys = Arrays.copyOf(keys, grown * 32);
        items = Arrays.copyOf(items, grown);
      }
      prefixes[buffered] = prefix;
      System.arraycopy(key, keyOffset, keys, buffered * 32, 32);
      items[buffered] = item;
      buffered++;
      if (buffered >= limit) {
        cut();
      }
    }

    /**
     * Cuts the buffer back to the {@code capacity} smallest entries in key order (in no
     * particular order) and makes the largest of them the threshold. The cut point is found by
     * selection on the 8-byte prefixes in O(buffered); entries whose prefix equals the cut
     * prefix (almost always exactly one) are ordered in full.
     */
    void cut() {
      int k = capacity;
      if (buffered <= k || k == 0) {
        if (k == 0) {
          buffered = 0;
        }
        return;
      }
      long[] flipped = new long[buffered]; // sign-flipped: signed order = unsigned order
      for (int i = 0; i < buffered; i++) {
        flipped[i] = prefixes[i] ^ Long.MIN_VALUE;
      }
      long cut = select(flipped, k - 1);
      // copy out the entries at the cut prefix first: moving the smaller ones down may overwrite
      // their slots
      List<Object[]> tied = new ArrayList<>();
      for (int i = 0; i < buffered; i++) {
        if ((prefixes[i] ^ Long.MIN_VALUE) == cut) {
          tied.add(new Object[] {prefixes[i], Arrays.copyOfRange(keys, i * 32, i * 32 + 32),
              items[i]});
        }
      }
      int kept = 0;
      for (int i = 0; i < buffered; i++) {
        if ((prefixes[i] ^ Long.MIN_VALUE) < cut) {
          move(i, kept++);
        }
      }
      int need = k - kept;
      tied.sort((a, b) -> compare((long) a[0], (byte[]) a[1], 0, a[2], (long) b[0],
          (byte[]) b[1], 0, b[2]));
      for (int i = 1; i < tied.size(); i++) {
        Object[] a = tied.get(i - 1);
        Object[] b = tied.get(i);
        checkArgument(compare((long) a[0], (byte[]) a[1], 0, a[2], (long) b[0], (byte[]) b[1], 0,
            b[2]) != 0, "candidate id %s appears more than once", id(b[2]));
      }
      for (int i = 0; i < need; i++) {
        Object[] t = tied.get(i);
        prefixes[kept] = (long) t[0];
        System.arraycopy((byte[]) t[1], 0, keys, kept * 32, 32);
        items[kept] = t[2];
        kept++;
      }
      Arrays.fill(items, kept, buffered, null);
      buffered = kept;
      Object[] last = tied.get(need - 1);
      bounded = true;
      thresholdPrefix = (long) last[0];
      System.arraycopy((byte[]) last[1], 0, thresholdKey, 0, 32);
      thresholdItem = last[2];
    }

    /** Sorts the buffer in key order and cuts it to {@code capacity}; checks for repeated ids. */
    void sortAndCut() {
      cut();
      Integer[] order = new Integer[buffered];
      for (int i = 0; i < buffered; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> compare(prefixes[a], keys, a * 32, items[a], prefixes[b],
          keys, b * 32, items[b]));
      for (int i = 1; i < order.length; i++) {
        int a = order[i - 1];
        int b = order[i];
        checkArgument(compare(prefixes[a], keys, a * 32, items[a], prefixes[b], keys, b * 32,
            items[b]) != 0, "candidate id %s appears more than once", id(items[b]));
      }
      long[] p = new long[prefixes.length];
      byte[] kk = new byte[keys.length];
      Object[] it = new Object[items.length];
      for (int i = 0; i < order.length; i++) {
        int from = order[i];
        p[i] = prefixes[from];
        System.arraycopy(keys, from * 32, kk, i * 32, 32);
        it[i] = items[from];
      }
      prefixes = p;
      keys = kk;
      items = it;
    }

    private void move(int from, int to) {
      if (from != to) {
        prefixes[to] = prefixes[from];
        System.arraycopy(keys, from * 32, keys, to * 32, 32);
        items[to] = items[from];
      }
    }

    /** The {@code rank}-th smallest (from 0) of {@code a}, which is reordered (Hoare select). */
    private static long select(long[] a, int rank) {
      int lo = 0;
      int hi = a.length - 1;
      while (lo < hi) {
        long pivot = a[(lo + hi) >>> 1];
        int i = lo;
        int j = hi;
        while (i <= j) {
          while (a[i] < pivot) {
            i++;
          }
          while (a[j] > pivot) {
            j--;
          }
          if (i <= j) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
            i++;
            j--;
          }
        }
        if (rank <= j) {
          hi = j;
        } else if (rank >= i) {
          lo = i;
        } else {
          return a[rank];
        }
      }
      return a[rank];
    }

    /** Key order: ascending key as an unsigned integer, ties by the id's UTF-8 bytes. */
    private static int compare(long pa, byte[] ka, int oa, Object ia, long pb, byte[] kb, int ob,
        Object ib) {
      int c = Long.compareUnsigned(pa, pb);
      if (c == 0) {
        c = Arrays.compareUnsigned(ka, oa, oa + 32, kb, ob, ob + 32);
      }
      return c != 0 ? c : Codec.compareBytes(idBytes(ia), idBytes(ib));
    }
  }

  /** A buffered item is a {@link Candidate} or (from the id/label offer) its printable-ASCII id. */
  private static String id(Object item) {
    return item instanceof Candidate c ? c.id() : (String) item;
  }

  private static byte[] idBytes(Object item) {
    return item instanceof Candidate c ? c.idBytes() : Codec.utf8((String) item);
  }

  /** The keys; null for a selection fed given keys ({@link #withGivenKeys}). */
  private final Prf prf;
  private final String keyStream;
  private final int alternates;
  private final Map<String, Integer> sizes;
  private final Manifest manifest; // null when sizes were given directly
  private final Map<String, Stratum> strata = new HashMap<>();
  private final byte[] key = new byte[32];
  private long offered;
  private Stratum last; // the stratum of the previous offer, checked by identity first

  private static Prf prf(byte[] seed, String keyStream) {
    Objects.requireNonNull(seed, "seed");
    checkArgument(seed.length == 32, "seed must be 32 bytes, got %s", seed.length);
    return new Prf(seed, Codec.text("key stream", keyStream));
  }

  private StreamingSelection(Prf prf, String keyStream, Map<String, Integer> sizes,
      int alternates, Manifest manifest) {
    this.prf = prf;
    this.keyStream = Codec.text("key stream", keyStream);
    checkArgument(alternates >= 0, "alternates must be >= 0: %s", alternates);
    this.alternates = alternates;
    this.manifest = manifest;
    Map<String, Integer> copy = new TreeMap<>(Codec.UTF8_ORDER);
    sizes.forEach((label, n) -> {
      Codec.text("stratum label", label);
      checkArgument(n != null && n >= 0, "sample size of stratum %s must be >= 0: %s", label, n);
      copy.put(label, n);
      long capacity = Math.min((long) n + alternates, Integer.MAX_VALUE);
      if (manifest != null) {
        capacity = Math.min(capacity, manifest.strata().stream()
            .filter(s -> s.stratum().equals(label)).findFirst().orElseThrow().population());
      }
      strata.put(label, new Stratum(label, n, (int) capacity));
    });
    this.sizes = Collections.unmodifiableMap(copy);
  }

  /**
   * A selection with the sample sizes of a manifest of an {@code srswor} design: its key stream,
   * its strata's sample sizes and its design's alternates. {@link #result()} checks that the
   * candidates seen match the manifest's stratum sizes.
   *
   * @param manifest the manifest, whose design method must be {@link DrawMethod#SRSWOR}
   * @param seed the 32-byte draw seed ({@link SeedSource#seed(Manifest)})
   * @throws IllegalArgumentException if the design is weighted (weighted methods need every
   *     candidate of a stratum at once) or the seed is not 32 bytes
   */
  public static StreamingSelection forManifest(Manifest manifest, byte[] seed) {
    Objects.requireNonNull(manifest, "manifest");
    return forManifest(manifest, prf(seed, manifest.keyStream()));
  }

  /**
   * A selection for a manifest with the keys of {@code prf} (which it owns; {@code null} for a
   * selection fed given keys only, {@link #offer(Candidate, byte[])}).
   */
  static StreamingSelection forManifest(Manifest manifest, Prf prf) {
    checkArgument(manifest.design().method() == DrawMethod.SRSWOR,
        "streaming selection is for srswor designs, not %s",
        manifest.design().method().token());
    checkArgument(prf == null || prf.keyStream().equals(manifest.keyStream()),
        "keys of key stream %s for a manifest of key stream %s", prf == null ? null
            : prf.keyStream(), manifest.keyStream());
    Map<String, Integer> sizes = new HashMap<>();
    manifest.strata().forEach(s -> sizes.put(s.stratum(), s.sample()));
    return new StreamingSelection(prf, manifest.keyStream(), sizes,
        manifest.design().alternates(), manifest);
  }

  /**
   * A selection for a manifest that is fed keys ({@link #offer(Candidate, byte[])}) instead of
   * computing them: tests enumerate key orders with it.
   */
  static StreamingSelection withGivenKeys(Manifest manifest) {
    return forManifest(manifest, (Prf) null);
  }

  /**
   * A selection with given sample sizes: per stratum label the number {@code n_h} to select
   * (capped at the number of candidates of the stratum), and {@code alternates} alternates per
   * stratum. Candidates of a stratum not in {@code sampleSizes} are rejected.
   *
   * @param seed the 32-byte draw seed
   * @param keyStream the key stream label (the manifest's {@code keyStream})
   * @param sampleSizes the sample size per stratum label
   * @param alternates the number of alternates per stratum, {@code >= 0}
   * @throws IllegalArgumentException if a sample size plus the alternates exceeds 33,554,367
   *     (a stratum's buffer must fit in one array)
   */
  public static StreamingSelection of(byte[] seed, String keyStream,
      Map<String, Integer> sampleSizes, int alternates) {
    Objects.requireNonNull(sampleSizes, "sample sizes");
    return new StreamingSelection(prf(seed, keyStream), keyStream, sampleSizes, alternates,
        null);
  }

  /**
   * Selects from an iterator in one call: {@code of(seed, keyStream, sampleSizes,
   * alternates).offerAll(candidates).result()}.
   */
  public static List<DrawRecord.StratumDraw> select(byte[] seed, String keyStream,
      Map<String, Integer> sampleSizes, int alternates, Iterator<? extends Candidate> candidates) {
    return of(seed, keyStream, sampleSizes, alternates).offerAll(candidates).result();
  }

  /**
   * Offers one candidate.
   *
   * @throws IllegalArgumentException if its stratum has no sample size, or its id repeats a kept
   *     candidate's id (detected here or later, see the class comment)
   */
  public void offer(Candidate candidate) {
    checkState(prf != null, "this selection is fed given keys");
    Stratum s = stratum(candidate.stratum());
    s.count++;
    offered++;
    if (s.capacity == 0) {
      return;
    }
    prf.compute(Prf.ORDER, candidate.idBytes(), key);
    long prefix = prefix(key, 0);
    if (s.mayEnter(prefix)) {
      s.add(prefix, key, 0, candidate);
    }
  }

  /** Offers a candidate with a given 32-byte key instead of its computed one (tests). */
  void offer(Candidate candidate, byte[] givenKey) {
    checkArgument(givenKey.length == 32, "a key is 32 bytes, got %s", givenKey.length);
    Stratum s = stratum(candidate.stratum());
    s.count++;
    offered++;
    if (s.capacity == 0) {
      return;
    }
    long prefix = prefix(givenKey, 0);
    if (s.mayEnter(prefix)) {
      s.add(prefix, givenKey, 0, candidate);
    }
  }

  /**
   * Offers a candidate given by its id and stratum label without building a {@link Candidate}:
   * a printable-ASCII id is encoded into a reused buffer and, if kept, stored as is (any other id
   * takes the general path). Equivalent to {@code offer(Candidate.of(id, stratum))}.
   *
   * @throws IllegalArgumentException as {@link #offer(Candidate)}, or if the id or the label is
   *     empty or contains control characters
   */
  public void offer(String id, String stratum) {
    checkState(prf != null, "this selection is fed given keys");
    Stratum s = stratum(stratum);
    int len = prf.loadAscii(id);
    if (len < 0) { // not plain printable ASCII: the general path validates and encodes
      offer(Candidate.of(id, stratum));
      return;
    }
    s.count++;
    offered++;
    if (s.capacity == 0) {
      return;
    }
    prf.computeLoaded(Prf.ORDER, len, key);
    long prefix = prefix(key, 0);
    if (s.mayEnter(prefix)) {
      s.add(prefix, key, 0, id);
    }
  }

  /** Offers every candidate of an iterator, in its order; returns this selection. */
  public StreamingSelection offerAll(Iterator<? extends Candidate> candidates) {
    while (candidates.hasNext()) {
      offer(candidates.next());
    }
    return this;
  }

  /** Offers every candidate of a stream, sequentially; returns this selection. */
  public StreamingSelection offerAll(Stream<? extends Candidate> candidates) {
    return offerAll(candidates.sequential().iterator());
  }

  /** The number of candidates offered so far. */
  public long offered() {
    return offered;
  }

  /** The number of candidates offered so far per stratum label, labels in UTF-8 byte order. */
  public SortedMap<String, Long> counts() {
    SortedMap<String, Long> m = new TreeMap<>(Codec.UTF8_ORDER);
    strata.forEach((label, s) -> m.put(label, s.count));
    return m;
  }

  /**
   * Adds everything {@code other} saw (a selection over another, disjoint part of the
   * population) to this one; returns this selection.
   *
   * @throws IllegalArgumentException if {@code other} has another seed, key stream, sizes or
   *     alternates (an id kept by both is found when the buffers are cut, at the latest by
   *     {@link #result()})
   */
  public StreamingSelection merge(StreamingSelection other) {
    checkArgument(other != this, "cannot merge a selection with itself");
    checkArgument((prf == null ? other.prf == null
            : other.prf != null && prf.hasSeed(other.prf.seedCopy()))
            && keyStream.equals(other.keyStream)
            && sizes.equals(other.sizes) && alternates == other.alternates
            && Objects.equals(manifest, other.manifest),
        "cannot merge selections of different seeds, key streams or designs");
    other.strata.forEach((label, theirs) -> {
      Stratum mine = strata.get(label);
      mine.count += theirs.count;
      for (int i = 0; i < theirs.buffered; i++) {
        if (mine.mayEnter(theirs.prefixes[i])) {
          mine.add(theirs.prefixes[i], theirs.keys, i * 32, theirs.items[i]);
        }
      }
    });
    offered += other.offered;
    return this;
  }

  /**
   * The selection: per stratum with at least one candidate, in UTF-8 byte order of label, the
   * population {@code N_h}, the sample size, the selected candidates and the alternates in key
   * order, each with its key and its inclusion probability {@code n_h/N_h} (no per-candidate
   * probability list: that is for weighted designs). Equal to {@link DrawRecord#strata()} of
   * {@link TargetDraw#draw} for the same inputs.
   *
   * @throws IllegalArgumentException for a selection made {@linkplain #forManifest for a
   *     manifest}, if the candidates seen per stratum are not the manifest's stratum sizes (the
   *     message lists each stratum that differs); if a kept id was offered twice
   */
  public List<DrawRecord.StratumDraw> result() {
    if (manifest != null) {
      List<String> problems = new ArrayList<>();
      for (Manifest.StratumPlan p : manifest.strata()) {
        long seen = strata.get(p.stratum()).count;
        if (seen != p.population()) {
          problems.add("stratum " + p.stratum() + ": manifest " + p.population() + ", seen "
              + seen);
        }
      }
      checkArgument(problems.isEmpty(),
          "the candidates offered are not the manifest's population: %s", problems);
    }
    List<DrawRecord.StratumDraw> out = new ArrayList<>();
    for (String label : sizes.keySet()) {
      Stratum s = strata.get(label);
      if (s.count == 0) {
        continue;
      }
      checkArgument(s.count <= Integer.MAX_VALUE, "stratum %s has more than 2^31-1 candidates",
          label);
      int population = (int) s.count;
      int sample = Math.min(s.size, population);
      Rational pi = Rational.of(sample, population);
      s.sortAndCut();
      List<DrawRecord.Drawn> selected = new ArrayList<>();
      List<DrawRecord.Drawn> reserve = new ArrayList<>();
      for (int i = 0; i < s.buffered && i < (long) sample + alternates; i++) {
        String hex = Codec.hex(Arrays.copyOfRange(s.keys, i * 32, i * 32 + 32));
        (i < sample ? selected : reserve).add(new DrawRecord.Drawn(id(s.items[i]), hex, pi));
      }
      out.add(new DrawRecord.StratumDraw(label, population, sample, selected, reserve,
          List.of()));
    }
    return List.copyOf(out);
  }

  // ---- hot path ----

  private Stratum stratum(String label) {
    Stratum s = last;
    if (s != null && s.label == label) {
      return s;
    }
    s = strata.get(label);
    checkArgument(s != null, "candidate stratum %s has no sample size", label);
    last = s;
    return s;
  }

  /** The first 8 bytes of a key at {@code off}, big-endian, compared unsigned. */
  private static long prefix(byte[] b, int off) {
    return (long) LONG_BIG_ENDIAN.get(b, off);
  }
}
