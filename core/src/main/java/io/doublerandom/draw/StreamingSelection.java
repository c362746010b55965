package io.doublerandom.draw;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Simple random sampling without replacement ({@code srswor}, docs/draw-spec.md section 8.1) over
 * a stream of candidates in memory bounded by the sample: per stratum a bounded max-heap keeps the
 * {@code n_h + A} candidates with the smallest order keys seen so far. The result is exactly the
 * {@code strata} of the {@link DrawRecord} that {@link TargetDraw#draw} produces for the same seed,
 * key stream, sizes and candidates, whatever their order; selections over disjoint parts of a
 * population {@linkplain #merge merge} into the selection of the whole.
 *
 * <p>This is the entry point for populations too large to hold in memory and for measuring the
 * draw's throughput. It does not build the manifest: the sample sizes of a ratio design depend on
 * the stratum sizes, which a first pass (the population digest, {@link Population}) establishes.
 * Give the sizes either from a {@link Manifest} ({@link #forManifest}; the counts seen are then
 * checked against it) or directly as counts per stratum ({@link #of}; a stratum's sample is
 * {@code min(n_h, N_h)} of the {@code N_h} candidates seen).
 *
 * <p>Candidate ids must be pairwise distinct, as the population digest pass checks; a repeated id
 * among the kept candidates is rejected here, a repeated id that no heap keeps is not noticed
 * (it does not change the selection, only the stratum count).
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
  private static final int INITIAL_ID_CAPACITY = 64;

  /** One stratum: its size rule outcome, its count and its heap. */
  private static final class Stratum {
    final String label;
    final int size;
    final int capacity;
    final PriorityQueue<Keyed> heap;
    final Set<String> keptIds = new HashSet<>();
    long count;
    /** The largest kept key once the heap is full, else null; and its first 8 bytes. */
    Keyed max;
    long maxPrefix;

    Stratum(String label, int size, int capacity) {
      this.label = label;
      this.size = size;
      this.capacity = capacity;
      this.heap = new PriorityQueue<>(Math.max(1, Math.min(capacity, 1 << 16)),
          Keyed.KEY_ORDER.reversed());
    }

    /** Whether a key (with its first 8 bytes) might enter the heap: cheap pre-check. */
    boolean mayEnter(long prefix) {
      return max == null || Long.compareUnsigned(prefix, maxPrefix) <= 0;
    }

    /** Offers a candidate with its key (not retained: copied if the candidate is kept). */
    void offer(Candidate c, byte[] key) {
      if (heap.size() < capacity) {
        enter(c, key.clone());
        return;
      }
      int cmp = Keyed.compare(key, c.idBytes(), max.key, max.candidate.idBytes());
      if (cmp <= 0) {
        checkArgument(cmp != 0, "candidate id %s appears more than once", c.id());
        enter(c, key.clone());
      }
    }

    private void enter(Candidate c, byte[] key) {
      checkArgument(keptIds.add(c.id()), "candidate id %s appears more than once", c.id());
      if (heap.size() == capacity) {
        Keyed out = heap.poll();
        keptIds.remove(out.candidate.id());
      }
      heap.add(new Keyed(c, key));
      if (heap.size() == capacity) {
        max = heap.peek();
        maxPrefix = prefix(max.key, 0);
      }
    }
  }

  private final byte[] seed;
  private final String keyStream;
  private final int alternates;
  private final Map<String, Integer> sizes;
  private final Manifest manifest; // null when sizes were given directly
  private final Map<String, Stratum> strata = new HashMap<>();
  private final MessageDigest inner; // SHA-256 state after (seed ^ ipad)
  private final MessageDigest outer; // SHA-256 state after (seed ^ opad)
  private byte[] message;            // tag || u8(0x01) || u32be(len) || id, reused
  private final byte[] innerHash = new byte[32];
  private final byte[] key = new byte[32];
  private long offered;
  private Stratum last; // the stratum of the previous offer, checked by identity first

  private StreamingSelection(byte[] seed, String keyStream, Map<String, Integer> sizes,
      int alternates, Manifest manifest) {
    Objects.requireNonNull(seed, "seed");
    checkArgument(seed.length == 32, "seed must be 32 bytes, got %s", seed.length);
    this.seed = seed.clone();
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
    byte[] ipad = new byte[64];
    byte[] opad = new byte[64];
    for (int i = 0; i < 64; i++) {
      byte k = i < 32 ? this.seed[i] : 0;
      ipad[i] = (byte) (k ^ 0x36);
      opad[i] = (byte) (k ^ 0x5c);
    }
    inner = Codec.sha256();
    inner.update(ipad);
    outer = Codec.sha256();
    outer.update(opad);
    message = new byte[37 + INITIAL_ID_CAPACITY];
    System.arraycopy(Prf.streamTag(keyStream), 0, message, 0, 32);
    message[32] = Prf.ORDER;
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
    checkArgument(manifest.design().method() == DrawMethod.SRSWOR,
        "streaming selection is for srswor designs, not %s",
        manifest.design().method().token());
    Map<String, Integer> sizes = new HashMap<>();
    manifest.strata().forEach(s -> sizes.put(s.stratum(), s.sample()));
    return new StreamingSelection(seed, manifest.keyStream(), sizes,
        manifest.design().alternates(), manifest);
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
   */
  public static StreamingSelection of(byte[] seed, String keyStream,
      Map<String, Integer> sampleSizes, int alternates) {
    Objects.requireNonNull(sampleSizes, "sample sizes");
    return new StreamingSelection(seed, keyStream, sampleSizes, alternates, null);
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
   *     candidate's id
   */
  public void offer(Candidate candidate) {
    Stratum s = stratum(candidate.stratum());
    s.count++;
    offered++;
    if (s.capacity == 0) {
      return;
    }
    computeKey(encodeId(candidate.idBytes()));
    if (s.mayEnter(prefix(key, 0))) {
      s.offer(candidate, key);
    }
  }

  /**
   * Offers a candidate given by its id and stratum label without building a {@link Candidate}
   * unless it enters a heap: the id's UTF-8 bytes are encoded into a reused buffer. Equivalent to
   * {@code offer(Candidate.of(id, stratum))}.
   *
   * @throws IllegalArgumentException as {@link #offer(Candidate)}, or if the id or the label is
   *     empty or contains control characters
   */
  public void offer(String id, String stratum) {
    Stratum s = stratum(stratum);
    int len = encodeAscii(id);
    if (len < 0) { // not plain printable ASCII: the general path validates and encodes
      offer(Candidate.of(id, stratum));
      return;
    }
    s.count++;
    offered++;
    if (s.capacity == 0) {
      return;
    }
    computeKey(len);
    if (s.mayEnter(prefix(key, 0))) {
      s.offer(Candidate.of(id, stratum), key);
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
   *     alternates, or a kept id appears in both
   */
  public StreamingSelection merge(StreamingSelection other) {
    checkArgument(other != this, "cannot merge a selection with itself");
    checkArgument(Arrays.equals(seed, other.seed) && keyStream.equals(other.keyStream)
            && sizes.equals(other.sizes) && alternates == other.alternates
            && Objects.equals(manifest, other.manifest),
        "cannot merge selections of different seeds, key streams or designs");
    other.strata.forEach((label, theirs) -> {
      Stratum mine = strata.get(label);
      mine.count += theirs.count;
      for (Keyed k : theirs.heap) {
        if (mine.mayEnter(prefix(k.key, 0))) {
          mine.offer(k.candidate, k.key);
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
   *     message lists each stratum that differs)
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
      List<Keyed> kept = new ArrayList<>(s.heap);
      kept.sort(Keyed.KEY_ORDER);
      List<DrawRecord.Drawn> selected = new ArrayList<>();
      List<DrawRecord.Drawn> reserve = new ArrayList<>();
      for (int i = 0; i < kept.size() && i < sample + alternates; i++) {
        Keyed k = kept.get(i);
        (i < sample ? selected : reserve).add(new DrawRecord.Drawn(k.candidate.id(), k.keyHex(),
            pi));
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

  /** Writes {@code u32be(len) || id} after the tag and purpose; returns the message length. */
  private int encodeId(byte[] id) {
    ensureCapacity(37 + id.length);
    putLength(message, id.length);
    System.arraycopy(id, 0, message, 37, id.length);
    return 37 + id.length;
  }

  /**
   * Encodes a printable-ASCII id straight into the message (its UTF-8 bytes are its chars);
   * returns -1 for an empty id or one with any other character, for the general path.
   */
  private int encodeAscii(String id) {
    int n = id.length();
    if (n == 0) {
      return -1;
    }
    ensureCapacity(37 + n);
    byte[] m = message;
    for (int i = 0; i < n; i++) {
      char ch = id.charAt(i);
      if (ch < 0x20 || ch >= 0x7f) {
        return -1;
      }
      m[37 + i] = (byte) ch;
    }
    putLength(m, n);
    return 37 + n;
  }

  private void ensureCapacity(int len) {
    if (message.length < len) {
      message = Arrays.copyOf(message, Math.max(len, 2 * message.length));
    }
  }

  private static void putLength(byte[] m, int len) {
    m[33] = (byte) (len >>> 24);
    m[34] = (byte) (len >>> 16);
    m[35] = (byte) (len >>> 8);
    m[36] = (byte) len;
  }

  /** {@code key = HMAC-SHA-256(seed, message[0..len))} from the precomputed padded-key states. */
  private void computeKey(int len) {
    try {
      MessageDigest in = (MessageDigest) inner.clone();
      in.update(message, 0, len);
      in.digest(innerHash, 0, 32);
      MessageDigest out = (MessageDigest) outer.clone();
      out.update(innerHash, 0, 32);
      out.digest(key, 0, 32);
    } catch (CloneNotSupportedException | DigestException e) {
      throw new IllegalStateException("SHA-256 failed", e);
    }
  }

  private static long prefix(byte[] b, int off) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[off + i] & 0xffL);
    }
    return v;
  }
}
