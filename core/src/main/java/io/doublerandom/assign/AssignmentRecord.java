package io.doublerandom.assign;

import io.doublerandom.internal.Codec;
import io.doublerandom.json.CanonicalJson;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.doublerandom.draw.SeedSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The publishable result of an assignment (docs/assignment-spec.md section 9): the manifest and
 * its hash, the seed material and the derived seed, and per visit, in visit order, the rule
 * funnel, the slot groups, the team and its leader; then the replacements made afterwards. With
 * the frozen inputs ({@link AssignmentInput}) anyone can re-run it ({@link Assignment#verify}).
 * Of the inspectors it names only ids and names.
 *
 * @param spec the specification version
 * @param manifest the manifest
 * @param manifestHash the manifest hash published before the seed was known
 * @param seedSource the seed material
 * @param seed the derived seed, 64 hex digits
 * @param visits one entry per visit, in visit order (ascending visit key)
 * @param replacements the replacements, in the order they were made
 */
@JsonPropertyOrder({"spec", "manifest", "manifestHash", "seedSource", "seed", "visits",
    "replacements"})
public record AssignmentRecord(String spec, AssignmentManifest manifest, String manifestHash,
    SeedSource seedSource, String seed, List<VisitTeam> visits, List<Replacement> replacements) {

  /**
   * The staffing of one visit.
   *
   * @param visit the visit id
   * @param task the task number
   * @param entity the entity id
   * @param key the visit key VK, 64 hex digits
   * @param pool the number of inspectors no rule removed
   * @param removed how many inspectors each rule removed, every rule in rule order
   * @param groups the slot groups in group order
   * @param leader the id of the team leader (the officer with the smallest pair key)
   * @param team the members, in group order and within a group ascending pair key
   */
  @JsonPropertyOrder({"visit", "task", "entity", "key", "pool", "removed", "groups", "leader",
      "team"})
  public record VisitTeam(String visit, String task, String entity, String key, int pool,
      List<RuleCount> removed, List<GroupCount> groups, String leader, List<Member> team) {
    /** Validates and copies. */
    public VisitTeam {
      Codec.text("visit id", visit);
      key = Codec.lowerHex(key);
      removed = List.copyOf(removed);
      groups = List.copyOf(groups);
      team = List.copyOf(team);
    }
  }

  /**
   * How many inspectors one rule removed from a visit's pool.
   *
   * @param rule the rule
   * @param count the number removed by it (and by no earlier rule)
   */
  @JsonPropertyOrder({"rule", "count"})
  public record RuleCount(Rule rule, int count) {
    /** Validates the fields. */
    public RuleCount {
      Objects.requireNonNull(rule, "rule");
      checkArgument(count >= 0, "count of rule %s must be >= 0: %s", rule, count);
    }
  }

  /**
   * A slot group of a visit: {@code officers}, {@code officers:<authority>} (joint visits) or
   * {@code expert:<specialty>}.
   *
   * @param group the group label
   * @param demand how many members it needs
   * @param eligible how many inspectors of the pool are eligible for it
   */
  @JsonPropertyOrder({"group", "demand", "eligible"})
  public record GroupCount(String group, int demand, int eligible) {
    /** Validates the label. */
    public GroupCount {
      Codec.text("group", group);
    }
  }

  /**
   * A team member.
   *
   * @param group the group the member fills
   * @param id the inspector id
   * @param name the inspector's name
   * @param key the pair key PK(visit, inspector), 64 hex digits
   */
  @JsonPropertyOrder({"group", "id", "name", "key"})
  public record Member(String group, String id, String name, String key) {
    /** Validates the fields. */
    public Member {
      Codec.text("group", group);
      Codec.text("member id", id);
      Objects.requireNonNull(name, "name of " + id);
      key = Codec.lowerHex(Objects.requireNonNull(key, "key of " + id));
    }
  }

  /**
   * The replacement of a team member after the assignment.
   *
   * @param visit the visit
   * @param group the group of the replaced member
   * @param replaced the inspector replaced
   * @param replacement the inspector who took the place
   * @param name the replacement's name
   * @param key the replacement's pair key
   * @param cause why
   * @param reason the reason in words
   */
  @JsonPropertyOrder({"visit", "group", "replaced", "replacement", "name", "key", "cause",
      "reason"})
  public record Replacement(String visit, String group, String replaced, String replacement,
      String name, String key, ReplacementCause cause, String reason) {
    /** Validates the fields. */
    public Replacement {
      Codec.text("visit", visit);
      Codec.text("group", group);
      Codec.text("replaced id", replaced);
      Codec.text("replacement id", replacement);
      Objects.requireNonNull(cause, "cause of replacing " + replaced);
      checkArgument(reason != null && !reason.isBlank(), "replacement of %s at visit %s needs a "
          + "reason", replaced, visit);
    }
  }

  /** Copies the lists. */
  public AssignmentRecord {
    Objects.requireNonNull(manifest, "manifest");
    manifestHash = Codec.lowerHex(manifestHash);
    seed = Codec.lowerHex(seed);
    Objects.requireNonNull(seedSource, "seed source");
    visits = List.copyOf(visits);
    replacements = replacements == null ? List.of() : List.copyOf(replacements);
  }

  /** The entry of {@code visitId}. */
  public Optional<VisitTeam> visit(String visitId) {
    return visits.stream().filter(v -> v.visit().equals(visitId)).findFirst();
  }

  /**
   * The current team of a visit: its members with each replaced one substituted in place by its
   * replacement, in the order of the replacements.
   *
   * @throws IllegalArgumentException if the record has no such visit
   */
  public List<Member> currentTeam(String visitId) {
    VisitTeam v = visit(visitId).orElseThrow(() ->
        new IllegalArgumentException("no visit " + visitId + " in the record"));
    List<Member> team = new ArrayList<>(v.team());
    for (Replacement r : replacements) {
      if (r.visit().equals(visitId)) {
        for (int i = 0; i < team.size(); i++) {
          if (team.get(i).id().equals(r.replaced())) {
            team.set(i, new Member(r.group(), r.replacement(), r.name(), r.key()));
          }
        }
      }
    }
    return List.copyOf(team);
  }

  /**
   * The current leader of a visit: the officer of the current team with the smallest pair key
   * (after replacements).
   */
  public String currentLeader(String visitId) {
    return Engine.leader(currentTeam(visitId));
  }

  /** The ids replaced at {@code visitId} so far. */
  Set<String> replacedAt(String visitId) {
    Set<String> out = new HashSet<>();
    replacements.stream().filter(r -> r.visit().equals(visitId)).forEach(r ->
        out.add(r.replaced()));
    return out;
  }

  /** The record as JSON (UTF-8, two-space indentation, LF line ends, final LF). */
  public String toJson() {
    return AssignmentJson.write(this);
  }

  /**
   * The record hash: SHA-256 of the record's canonical JSON form (docs/draw-spec.md section 2,
   * "Canonical JSON"; {@link CanonicalJson}).
   */
  public String jsonHash() {
    return CanonicalJson.sha256(CanonicalJson.parse(toJson()));
  }

  /**
   * Reads a record from JSON.
   *
   * @throws IllegalArgumentException if the JSON is malformed or a field is invalid
   */
  public static AssignmentRecord fromJson(String json) {
    return AssignmentJson.read(json);
  }
}
