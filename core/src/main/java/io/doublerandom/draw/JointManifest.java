package io.doublerandom.draw;

import io.doublerandom.internal.Codec;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The manifest of a joint draw: several tasks drawn in one event with one seed and one key stream,
 * so that their samples overlap as much as their designs allow ("进一次门、查多项事"). It lists every
 * task with its items, design, population definition, population digest, strata and exclusions,
 * and the one seed plan. Its {@linkplain #canonicalText() canonical text} is defined in
 * docs/draw-spec.md ("Joint draws"); {@link #hash()} is what gets published before the seed is
 * known.
 *
 * @param spec the specification version, {@value TargetDraw#SPEC}
 * @param event the joint event's number (联合抽查编号)
 * @param keyStream the key stream shared by every task; by default the event number
 * @param tasks the tasks, sorted by task number (UTF-8 bytes), task numbers unique, at least one
 * @param seedPlan how the one seed will be obtained
 */
@JsonPropertyOrder({"spec", "event", "keyStream", "tasks", "seedPlan"})
public record JointManifest(String spec, String event, String keyStream, List<TaskPlan> tasks,
    SeedPlan seedPlan) {

  /**
   * One task of the joint manifest: what a single-task manifest says about design and population.
   *
   * @param task the task number
   * @param items the item codes, sorted by UTF-8 bytes
   * @param design the task's design
   * @param definition the population definition (omitted from the JSON when empty)
   * @param populationDigest the population digest
   * @param populationSize the number of eligible candidates
   * @param strata per stratum: sizes and sample sizes
   * @param exclusionsDigest the exclusions digest
   * @param exclusions counts per exclusion reason
   */
  @JsonPropertyOrder({"task", "items", "design", "definition", "populationDigest",
      "populationSize", "strata", "exclusionsDigest", "exclusions"})
  public record TaskPlan(String task, List<String> items, DrawDesign design,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) PopulationDefinition definition,
      String populationDigest, int populationSize, List<Manifest.StratumPlan> strata,
      String exclusionsDigest, List<Manifest.ExclusionCount> exclusions) {
    /** Validates the fields. */
    public TaskPlan {
      Codec.text("task", task);
      items = JointTask.sortedCodes(task, items);
      Objects.requireNonNull(design, "design of task " + task);
      definition = definition == null ? PopulationDefinition.none() : definition;
      populationDigest = Codec.hash("population digest of task " + task, populationDigest);
      checkArgument(populationSize >= 0, "population size of task %s must be >= 0: %s", task,
          populationSize);
      strata = List.copyOf(strata);
      exclusionsDigest = Codec.hash("exclusions digest of task " + task, exclusionsDigest);
      exclusions = List.copyOf(exclusions);
    }

    static TaskPlan of(JointTask t, String keyStream, SeedPlan seedPlan) {
      Manifest m = Manifest.create(t.task(), keyStream, t.design(), seedPlan, t.population());
      return new TaskPlan(t.task(), t.items(), t.design(), m.definition(), m.populationDigest(),
          m.populationSize(), m.strata(), m.exclusionsDigest(), m.exclusions());
    }
  }

  /** Validates the fields and sorts the tasks. */
  public JointManifest {
    Codec.text("spec", spec);
    Codec.text("event", event);
    Codec.text("key stream", keyStream);
    List<TaskPlan> sorted = new ArrayList<>(tasks);
    checkArgument(!sorted.isEmpty(), "joint event %s needs at least one task", event);
    sorted.sort(Comparator.comparing(TaskPlan::task, Codec.UTF8_ORDER));
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(!sorted.get(i).task().equals(sorted.get(i - 1).task()),
          "task %s appears more than once in joint event %s", sorted.get(i).task(), event);
    }
    tasks = List.copyOf(sorted);
    Objects.requireNonNull(seedPlan, "seed plan");
  }

  /** The joint manifest of {@code tasks}, with the key stream equal to the event number. */
  public static JointManifest create(String event, Collection<JointTask> tasks,
      SeedPlan seedPlan) {
    return create(event, event, tasks, seedPlan);
  }

  /**
   * The joint manifest of {@code tasks}.
   *
   * @throws IllegalArgumentException if a task number appears twice, there is no task, or a
   *     weighted design has an unscored candidate (the message names it)
   */
  public static JointManifest create(String event, String keyStream, Collection<JointTask> tasks,
      SeedPlan seedPlan) {
    Objects.requireNonNull(seedPlan, "seed plan");
    Codec.text("key stream", keyStream);
    List<TaskPlan> plans = new ArrayList<>();
    for (JointTask t : tasks) {
      plans.add(TaskPlan.of(Objects.requireNonNull(t, "task"), keyStream, seedPlan));
    }
    return new JointManifest(TargetDraw.SPEC, event, keyStream, plans, seedPlan);
  }

  /** The task with this number. */
  public Optional<TaskPlan> task(String task) {
    return tasks.stream().filter(t -> t.task().equals(task)).findFirst();
  }

  /** The single-task view of a task, with the shared key stream and seed plan (never published). */
  Manifest taskManifest(TaskPlan t) {
    return new Manifest(spec, t.task(), keyStream, t.design(), t.populationDigest(),
        t.populationSize(), t.strata(), t.exclusionsDigest(), t.exclusions(), seedPlan,
        t.definition());
  }

  /** The canonical text: UTF-8, one {@code name=value} per line, each line ending in LF. */
  public String canonicalText() {
    StringBuilder b = new StringBuilder();
    Manifest.line(b, "manifest", "doublerandom-joint-manifest/v1");
    Manifest.line(b, "spec", spec);
    Manifest.line(b, "event", event);
    Manifest.line(b, "key-stream", keyStream);
    for (TaskPlan t : tasks) {
      Manifest.line(b, "task", t.task());
      for (String item : t.items()) {
        Manifest.line(b, "task.item", item);
      }
      Manifest.body(b, "task.", t.design(), t.definition(), t.populationDigest(),
          t.populationSize(), t.strata(), t.exclusionsDigest(), t.exclusions());
    }
    Manifest.seedPlanLines(b, seedPlan);
    Manifest.line(b, "end", "doublerandom-joint-manifest/v1");
    return b.toString();
  }

  /** SHA-256 of the UTF-8 bytes of the canonical text, 64 lowercase hex digits. */
  public String hash() {
    return Codec.hex(Codec.sha256(canonicalText().getBytes(StandardCharsets.UTF_8)));
  }
}
