package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Merkle commitment to a population (docs/draw-spec.md section 3.4): a binary hash tree over
 * the candidates in bytewise order of id, whose root a manifest may carry beside the population
 * digest, and the inclusion proofs that let one entity check that it was a candidate, with its
 * stratum and score, without the population file.
 *
 * <pre>{@code
 * String root = PopulationTree.root(population);                 // manifest.withPopulationRoot(..)
 * Map<String, InclusionProof> proofs = PopulationTree.proofs(population, Set.of(id1, id2));
 * ProofCheck check = InclusionProof.check(record, proofs.get(id1));
 * }</pre>
 *
 * <p>{@link #proofs(Iterator, Collection)} streams: one pass over the candidates in id order, in
 * memory bounded by the tree's height and the proofs asked for, so a 10-million-candidate
 * population read from a sorted file needs no more.
 */
public final class PopulationTree {
  /** The domain of the root: {@value}. */
  public static final String ROOT_DOMAIN = "doublerandom/population-merkle/v1";
  private static final byte LEAF = 0x00;
  private static final byte NODE = 0x01;

  private PopulationTree() {}

  /** The leaf hash of a candidate: {@code SHA-256(0x00 || enc(id) || enc(stratum) || enc(score))}. */
  static byte[] leaf(Candidate c) {
    MessageDigest md = Codec.sha256();
    md.update(LEAF);
    Codec.bytes(md, c.idBytes());
    Codec.str(md, c.stratum());
    Codec.str(md, c.scoreText());
    return md.digest();
  }

  /** The hash of an inner node: {@code SHA-256(0x01 || left || right)}. */
  static byte[] node(byte[] left, byte[] right) {
    MessageDigest md = Codec.sha256();
    md.update(NODE);
    md.update(left);
    md.update(right);
    return md.digest();
  }

  /** The root: {@code SHA-256(enc(ROOT_DOMAIN) || u64be(N) || tree hash)}. */
  static String rootOf(long size, byte[] tree) {
    MessageDigest md = Codec.sha256();
    Codec.str(md, ROOT_DOMAIN);
    Codec.u64(md, size);
    md.update(tree);
    return Codec.hex(md.digest());
  }

  /**
   * The Merkle root of a population, 64 lowercase hex digits.
   *
   * @throws IllegalArgumentException if the population has no candidate
   */
  public static String root(Population population) {
    return build(sorted(population), Set.of()).root;
  }

  /**
   * The inclusion proofs of the candidates {@code ids} of a population, in one pass.
   *
   * @throws IllegalArgumentException if an id is not a candidate of the population (the message
   *     lists every such id)
   */
  public static Map<String, InclusionProof> proofs(Population population,
      Collection<String> ids) {
    return proofs(sorted(population), ids);
  }

  /**
   * The inclusion proofs of {@code ids}, in one pass over {@code candidates}, which must come in
   * strictly ascending bytewise order of id (as the population digest takes them): the stream of
   * a sorted population file of any size.
   *
   * @return the proofs by id, ids in bytewise order
   * @throws IllegalArgumentException if the candidates are not in strictly ascending order, there
   *     are none, or an id is not among them (every such id is listed)
   */
  public static Map<String, InclusionProof> proofs(Iterator<? extends Candidate> candidates,
      Collection<String> ids) {
    Objects.requireNonNull(ids, "ids");
    Set<String> wanted = new TreeSet<>(Codec.UTF8_ORDER);
    ids.forEach(id -> wanted.add(Codec.text("id", id)));
    Built b = build(candidates, wanted);
    Set<String> missing = new TreeSet<>(Codec.UTF8_ORDER);
    missing.addAll(wanted);
    missing.removeAll(b.found.keySet());
    checkArgument(missing.isEmpty(), "not candidates of the population: %s", missing);
    Map<String, InclusionProof> out = new LinkedHashMap<>();
    for (String id : wanted) {
      Target t = b.found.get(id);
      List<String> path = new ArrayList<>(t.path.size());
      t.path.forEach(h -> path.add(Codec.hex(h)));
      out.put(id, new InclusionProof(t.candidate.id(), t.candidate.stratum(),
          t.candidate.scoreText(), t.index, b.size, path, b.root));
    }
    return out;
  }

  private static Iterator<Candidate> sorted(Population population) {
    List<Candidate> list = new ArrayList<>(population.candidates());
    list.sort((x, y) -> Codec.compareBytes(x.idBytes(), y.idBytes()));
    return list.iterator();
  }

  /** A candidate whose proof is being collected. */
  private static final class Target {
    final Candidate candidate;
    final long index;
    final List<byte[]> path = new ArrayList<>();

    Target(Candidate candidate, long index) {
      this.candidate = candidate;
      this.index = index;
    }
  }

  /** A complete subtree on the stack: its height, its hash and the targets it covers. */
  private record Subtree(int height, byte[] hash, List<Target> targets) {}

  private record Built(String root, long size, Map<String, Target> found) {}

  /**
   * The binary-counter construction: leaves are pushed; two subtrees of equal height merge; at
   * the end the stack is folded from the right. This is the tree of section 3.4 (an odd last node
   * is carried up unchanged), and each merge appends the other side's hash to the proof of every
   * target below it, bottom-up.
   */
  private static Built build(Iterator<? extends Candidate> candidates, Set<String> wanted) {
    List<Subtree> stack = new ArrayList<>();
    Map<String, Target> found = new LinkedHashMap<>();
    byte[] previous = null;
    long n = 0;
    while (candidates.hasNext()) {
      Candidate c = candidates.next();
      byte[] id = c.idBytes();
      checkArgument(previous == null || Codec.compareBytes(previous, id) < 0,
          "candidates must come in strictly ascending order of id: %s after %s", c.id(),
          previous == null ? "" : new String(previous, java.nio.charset.StandardCharsets.UTF_8));
      previous = id;
      List<Target> targets = new ArrayList<>(0);
      if (wanted.contains(c.id())) {
        Target t = new Target(c, n);
        found.put(c.id(), t);
        targets.add(t);
      }
      stack.add(new Subtree(0, leaf(c), targets));
      n++;
      while (stack.size() >= 2
          && stack.get(stack.size() - 1).height() == stack.get(stack.size() - 2).height()) {
        Subtree right = stack.remove(stack.size() - 1);
        Subtree left = stack.remove(stack.size() - 1);
        stack.add(merge(left, right, left.height() + 1));
      }
    }
    checkArgument(n > 0, "a population tree needs at least one candidate");
    while (stack.size() >= 2) {
      Subtree right = stack.remove(stack.size() - 1);
      Subtree left = stack.remove(stack.size() - 1);
      stack.add(merge(left, right, left.height() + 1));
    }
    return new Built(rootOf(n, stack.get(0).hash()), n, found);
  }

  private static Subtree merge(Subtree left, Subtree right, int height) {
    for (Target t : left.targets()) {
      t.path.add(right.hash());
    }
    for (Target t : right.targets()) {
      t.path.add(left.hash());
    }
    List<Target> targets = left.targets().isEmpty() ? right.targets()
        : right.targets().isEmpty() ? left.targets() : concat(left.targets(), right.targets());
    return new Subtree(height, node(left.hash(), right.hash()), targets);
  }

  private static List<Target> concat(List<Target> a, List<Target> b) {
    List<Target> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }

  /**
   * Recomputes the root from a proof (section 3.4): the leaf of the proof's candidate, then level
   * by level with {@code j = index} and {@code m = size} nodes: if {@code j} is odd the next path
   * hash is the left sibling; if {@code j + 1 < m} it is the right sibling; otherwise the node is
   * carried up and no hash is used; {@code j = j / 2}, {@code m = ceil(m / 2)}, until {@code m =
   * 1}. Empty if the path is too short or too long or the index is not below the size.
   */
  static java.util.Optional<String> recompute(InclusionProof p) {
    if (p.size() < 1 || p.index() < 0 || p.index() >= p.size()) {
      return java.util.Optional.empty();
    }
    byte[] h = leaf(p.candidate());
    long j = p.index();
    long m = p.size();
    int used = 0;
    while (m > 1) {
      if ((j & 1) == 1) {
        if (used >= p.path().size()) {
          return java.util.Optional.empty();
        }
        h = node(Codec.unhex("path", p.path().get(used++), 32), h);
      } else if (j + 1 < m) {
        if (used >= p.path().size()) {
          return java.util.Optional.empty();
        }
        h = node(h, Codec.unhex("path", p.path().get(used++), 32));
      }
      j >>= 1;
      m = (m + 1) >> 1;
    }
    if (used != p.path().size()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(rootOf(p.size(), h));
  }
}
