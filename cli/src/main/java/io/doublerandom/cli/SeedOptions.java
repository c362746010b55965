package io.doublerandom.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.doublerandom.draw.SeedPlan;
import io.doublerandom.draw.SeedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.doublerandom.io.TextFiles;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/**
 * The seed options of {@code draw} (a picocli mixin): which seed plan the manifest names and,
 * for a draw, the seed material revealed after the manifest was published.
 *
 * <ul>
 *   <li>recorded: {@code --seed-hex HEX} (a 32-byte value) or {@code --seed-random} (32 bytes
 *       from {@link SecureRandom}, printed and recorded);
 *   <li>commit-reveal: {@code --commitments FILE} (the plan) and {@code --reveals FILE} (the
 *       material), each a JSON array or a CSV file ({@code party,hash} / {@code party,secret});
 *   <li>drand: {@code --drand-round N} (and {@code --drand-chain HEX}, default quicknet) for the
 *       plan; {@code --drand-signature HEX} for the material, whose randomness is SHA-256 of the
 *       signature (optionally cross-checked with {@code --drand-randomness HEX}).
 * </ul>
 *
 * The design file may name the plan instead ({@code seedPlan}); if both do, they must agree.
 */
final class SeedOptions {
  @Option(names = "--seed-hex", paramLabel = "HEX",
      description = "Recorded seed value: 32 bytes as 64 hex digits.")
  String seedHex;

  @Option(names = "--seed-random",
      description = "Recorded seed value drawn now from SecureRandom (printed and recorded; the"
          + " weakest source: prefer commit-reveal or a beacon).")
  boolean seedRandom;

  @Option(names = "--commitments", paramLabel = "FILE",
      description = "Commit-reveal: the parties' commitments, SHA-256 of each secret (JSON"
          + " [{\"party\":…,\"hash\":…}] or CSV party,hash).")
  Path commitments;

  @Option(names = "--reveals", paramLabel = "FILE",
      description = "Commit-reveal: the revealed secrets (JSON [{\"party\":…,\"secret\":…}] or"
          + " CSV party,secret; hex, at least 16 bytes).")
  Path reveals;

  @Option(names = "--drand-round", paramLabel = "N",
      description = "drand: the round named in the manifest.")
  Long drandRound;

  @Option(names = "--drand-chain", paramLabel = "HEX",
      description = "drand: the chain hash (default: quicknet,"
          + " 52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971).")
  String drandChain;

  @Option(names = "--drand-signature", paramLabel = "HEX",
      description = "drand: the round's signature; the randomness is SHA-256 of it. The BLS"
          + " signature itself is not verified here: use a drand client.")
  String drandSignature;

  @Option(names = "--drand-randomness", paramLabel = "HEX",
      description = "drand: the round's published randomness, checked against the signature.")
  String drandRandomness;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** The seed material and any problems found before deriving the seed. */
  record Material(SeedSource source, List<String> problems) {}

  private Optional<String> optionKind() {
    Set<String> kinds = new LinkedHashSet<>();
    if (seedHex != null || seedRandom) {
      kinds.add("recorded");
    }
    if (commitments != null || reveals != null) {
      kinds.add("commit-reveal");
    }
    if (drandRound != null || drandChain != null || drandSignature != null
        || drandRandomness != null) {
      kinds.add("drand");
    }
    if (kinds.size() > 1) {
      throw CommandFailure.unusable("seed options of different kinds given (" + String.join(
          ", ", kinds) + "): use one of --seed-hex/--seed-random, --commitments/--reveals or"
          + " --drand-round/--drand-signature");
    }
    if (seedHex != null && seedRandom) {
      throw CommandFailure.unusable("give --seed-hex or --seed-random, not both");
    }
    return kinds.stream().findFirst();
  }

  /**
   * The seed plan of the manifest: from the options, else the design file's, else (for a
   * manifest only) recorded.
   */
  SeedPlan plan(Optional<SeedPlan> fromDesign, boolean manifestOnly) {
    Optional<String> kind = optionKind();
    SeedPlan fromOptions = null;
    if (kind.isPresent()) {
      switch (kind.get()) {
        case "recorded" -> fromOptions = SeedPlan.recorded();
        case "commit-reveal" -> {
          if (commitments != null) {
            fromOptions = SeedPlan.commitReveal(readCommitments(commitments));
          }
        }
        default -> {
          if (drandRound != null) {
            try {
              fromOptions = SeedPlan.drand(drandChain == null ? SeedPlan.Drand.QUICKNET
                  : drandChain, drandRound);
            } catch (IllegalArgumentException e) {
              throw CommandFailure.unusable("--drand-round/--drand-chain: " + e.getMessage());
            }
          }
        }
      }
    }
    if (fromOptions != null && fromDesign.isPresent() && !fromOptions.equals(fromDesign.get())) {
      throw CommandFailure.unusable("the seed plan of the options (" + describe(fromOptions)
          + ") differs from the design file's seedPlan (" + describe(fromDesign.get()) + ")");
    }
    SeedPlan plan = fromOptions != null ? fromOptions : fromDesign.orElse(null);
    if (plan == null) {
      if (kind.isPresent()) {
        throw CommandFailure.unusable(kind.get().equals("drand")
            ? "drand: give --drand-round (or a drand seedPlan in the design file)"
            : "commit-reveal: give --commitments (or a commit-reveal seedPlan in the design"
                + " file)");
      }
      if (manifestOnly) {
        return SeedPlan.recorded();
      }
      throw CommandFailure.unusable("a draw needs seed material: --seed-hex HEX, --seed-random,"
          + " --commitments FILE --reveals FILE, or --drand-round N --drand-signature HEX");
    }
    if (kind.isPresent() && !kind.get().equals(plan.kind())) {
      throw CommandFailure.unusable("the seed plan is " + plan.kind() + " but " + kind.get()
          + " seed options were given");
    }
    return plan;
  }

  /** The seed material for {@code plan}, read from the options. */
  Material material(SeedPlan plan) {
    try {
      if (plan instanceof SeedPlan.Recorded) {
        if (seedRandom) {
          return new Material(SeedSource.recorded(new SecureRandom()), List.of());
        }
        if (seedHex == null) {
          throw CommandFailure.unusable("the seed plan is recorded: give --seed-hex HEX or"
              + " --seed-random");
        }
        return new Material(new SeedSource.Recorded(seedHex), List.of());
      }
      if (plan instanceof SeedPlan.CommitReveal) {
        if (reveals == null) {
          throw CommandFailure.unusable("the seed plan is commit-reveal: give --reveals FILE");
        }
        return readReveals(reveals);
      }
      SeedPlan.Drand d = (SeedPlan.Drand) plan;
      if (drandSignature == null) {
        throw CommandFailure.unusable("the seed plan is drand round " + d.round()
            + ": give --drand-signature HEX");
      }
      String signature = drandSignature.strip();
      byte[] sig;
      try {
        sig = HexFormat.of().parseHex(signature.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw CommandFailure.unusable("--drand-signature must be hexadecimal: " + e.getMessage());
      }
      String randomness = drandRandomness != null ? drandRandomness.strip()
          : HexFormat.of().formatHex(sha256(sig));
      long round = drandRound != null ? drandRound : d.round();
      String chain = drandChain != null ? drandChain : d.chainHash();
      return new Material(new SeedSource.Drand(chain, round, signature, randomness), List.of());
    } catch (IllegalArgumentException e) {
      throw CommandFailure.unusable("seed: " + e.getMessage());
    }
  }

  private static List<SeedPlan.Commitment> readCommitments(Path file) {
    List<SeedPlan.Commitment> list = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> parties = new LinkedHashSet<>();
    List<Map<String, String>> rows = rows(file, "hash");
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> r = rows.get(i);
      try {
        SeedPlan.Commitment c = new SeedPlan.Commitment(r.get("party"), r.get("hash"));
        if (!parties.add(c.party())) {
          problems.add(file + ": entry " + (i + 1) + ": party '" + c.party()
              + "' has more than one commitment");
        }
        list.add(c);
      } catch (IllegalArgumentException e) {
        problems.add(file + ": entry " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (list.isEmpty() && problems.isEmpty()) {
      problems.add(file + ": no commitments");
    }
    if (!problems.isEmpty()) {
      throw CommandFailure.unusable(problems);
    }
    return list;
  }

  /**
   * Reads the reveals. A party revealing twice is a rejection of the reveals (exit 1, listed
   * with the other mismatches), not an unusable file; malformed entries are unusable.
   */
  private static Material readReveals(Path file) {
    List<SeedSource.Reveal> list = new ArrayList<>();
    List<String> malformed = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    Map<String, Integer> seen = new TreeMap<>();
    List<Map<String, String>> rows = rows(file, "secret");
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> r = rows.get(i);
      try {
        SeedSource.Reveal v = new SeedSource.Reveal(r.get("party"), r.get("secret"));
        Integer first = seen.putIfAbsent(v.party(), i + 1);
        if (first != null) {
          rejected.add("party '" + v.party() + "' revealed more than once (" + file
              + " entries " + first + " and " + (i + 1) + ")");
          continue;
        }
        list.add(v);
      } catch (IllegalArgumentException e) {
        malformed.add(file + ": entry " + (i + 1) + ": " + e.getMessage());
      }
    }
    if (!malformed.isEmpty()) {
      throw CommandFailure.unusable(malformed);
    }
    return new Material(new SeedSource.CommitReveal(list), rejected);
  }

  /** The entries of a JSON array of objects or a CSV file with a header {@code party,VALUE}. */
  private static List<Map<String, String>> rows(Path file, String value) {
    String text = Inputs.utf8(file);
    List<Map<String, String>> rows = new ArrayList<>();
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".json")) {
        JsonNode root = JSON.readTree(text);
        if (root == null || !root.isArray()) {
          throw CommandFailure.unusable(file + ": expected a JSON array of {\"party\": …, \""
              + value + "\": …}");
        }
        for (JsonNode n : root) {
          if (!n.isObject() || n.size() != 2 || !n.path("party").isTextual()
              || !n.path(value).isTextual()) {
            throw CommandFailure.unusable(file + ": every entry must be {\"party\": text, \""
                + value + "\": hex}, got " + n);
          }
          rows.add(Map.of("party", n.get("party").asText(), value, n.get(value).asText()));
        }
      } else if (name.endsWith(".csv")) {
        for (TextFiles.CsvRow r : Inputs.csv(text, file, new java.util.LinkedHashSet<>(
            List.of("party", value)))) {
          rows.add(r.cells());
        }
      } else {
        throw CommandFailure.unusable(file + ": is neither a .json nor a .csv file");
      }
    } catch (JsonProcessingException e) {
      throw Inputs.malformedJson(file.toString(), e);
    } catch (IOException e) {
      throw CommandFailure.unusable(file + ": cannot be read: " + e.getMessage());
    }
    return rows;
  }

  static String describe(SeedPlan plan) {
    if (plan instanceof SeedPlan.CommitReveal cr) {
      return "commit-reveal, " + cr.commitments().size() + " parties";
    }
    if (plan instanceof SeedPlan.Drand d) {
      return "drand round " + d.round() + " of chain " + d.chainHash();
    }
    return plan.kind();
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
