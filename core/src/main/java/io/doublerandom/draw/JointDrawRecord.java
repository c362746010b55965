package io.doublerandom.draw;

import io.doublerandom.internal.Codec;
import io.doublerandom.json.CanonicalJson;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The publishable result of a joint draw: the joint manifest and its hash, the seed material and
 * the seed, per task the result of every stratum (selected candidates with keys, ordered
 * alternates, probabilities), the replacements made afterwards, and the current samples grouped by
 * entity, listing for every entity each task (with its stratum and items) it is to be inspected
 * for ("进一次门、查多项事"). The JSON form is specified in docs/draw-spec.md ("Joint draws");
 * {@link JointDraw#verify} re-runs it.
 *
 * @param spec the specification version
 * @param manifest the joint manifest
 * @param manifestHash the joint manifest hash published before the draw
 * @param seedSource the seed material
 * @param seed the derived seed, 64 hex digits
 * @param tasks per task of the manifest, in its order: the result of every stratum
 * @param replacements the replacements made after the draw, in the order they were made
 * @param entities the current samples (after replacements) grouped by entity, entities in UTF-8
 *     byte order of id
 */
@JsonPropertyOrder({"spec", "manifest", "manifestHash", "seedSource", "seed", "tasks",
    "replacements", "entities"})
public record JointDrawRecord(String spec, JointManifest manifest, String manifestHash,
    SeedSource seedSource, String seed, List<TaskDraw> tasks, List<Replacement> replacements,
    List<EntityTasks> entities) {

  /**
   * The result of one task.
   *
   * @param task the task number
   * @param strata one entry per stratum of the task's manifest, in label order
   */
  @JsonPropertyOrder({"task", "strata"})
  public record TaskDraw(String task, List<DrawRecord.StratumDraw> strata) {
    /** Validates the fields. */
    public TaskDraw {
      Codec.text("task", task);
      strata = List.copyOf(strata);
    }

    /** The stratum result for {@code label}. */
    public Optional<DrawRecord.StratumDraw> stratum(String label) {
      return strata.stream().filter(s -> s.stratum().equals(label)).findFirst();
    }
  }

  /**
   * The replacement of a selected candidate of one task by the next unused alternate of its
   * stratum in that task.
   *
   * @param task the task
   * @param stratum the stratum
   * @param replaced the candidate replaced
   * @param replacement the alternate that took its place
   * @param reason why, in words
   */
  @JsonPropertyOrder({"task", "stratum", "replaced", "replacement", "reason"})
  public record Replacement(String task, String stratum, String replaced, String replacement,
      String reason) {
    /** Validates the fields. */
    public Replacement {
      Codec.text("task", task);
      Codec.text("stratum", stratum);
      Codec.text("replaced id", replaced);
      Codec.text("replacement id", replacement);
      checkArgument(reason != null && !reason.isBlank(),
          "replacement of %s in task %s needs a reason", replaced, task);
    }
  }

  /**
   * One entity of the current samples and every task it is drawn for.
   *
   * @param id the entity id
   * @param tasks the tasks, in UTF-8 byte order of task number
   */
  @JsonPropertyOrder({"id", "tasks"})
  public record EntityTasks(String id, List<TaskVisit> tasks) {
    /** Validates the fields. */
    public EntityTasks {
      Codec.text("entity id", id);
      tasks = List.copyOf(tasks);
    }

    /** Every item code of every task, in task order then item order (codes may repeat). */
    public List<String> items() {
      List<String> all = new ArrayList<>();
      tasks.forEach(t -> all.addAll(t.items()));
      return List.copyOf(all);
    }
  }

  /**
   * A task an entity is drawn for.
   *
   * @param task the task number
   * @param stratum the entity's stratum in that task
   * @param items the task's item codes
   */
  @JsonPropertyOrder({"task", "stratum", "items"})
  public record TaskVisit(String task, String stratum, List<String> items) {
    /** Validates the fields. */
    public TaskVisit {
      Codec.text("task", task);
      Codec.text("stratum", stratum);
      items = List.copyOf(items);
    }
  }

  /** Copies the lists. */
  public JointDrawRecord {
    Objects.requireNonNull(manifest, "manifest");
    manifestHash = Codec.lowerHex(manifestHash);
    seed = Codec.lowerHex(seed);
    Objects.requireNonNull(seedSource, "seed source");
    tasks = List.copyOf(tasks);
    replacements = replacements == null ? List.of() : List.copyOf(replacements);
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  /** The result of task {@code task}. */
  public Optional<TaskDraw> task(String task) {
    return tasks.stream().filter(t -> t.task().equals(task)).findFirst();
  }

  private TaskDraw requireTask(String task) {
    return task(task).orElseThrow(() ->
        new IllegalArgumentException("no task " + task + " in the joint record"));
  }

  /**
   * The warnings of this record (docs/draw-spec.md sections 4 and 15.5, "Empty samples"), derived
   * from the record alone: per task, in manifest order, each stratum that draws nobody although
   * its size rule asks for a sample, and the task itself if it selects nobody. Empty for an
   * ordinary draw.
   */
  public List<String> warnings() {
    List<String> out = new ArrayList<>();
    for (TaskDraw t : tasks) {
      Optional<JointManifest.TaskPlan> plan = manifest.tasks().stream()
          .filter(p -> p.task().equals(t.task())).findFirst();
      if (plan.isEmpty()) {
        continue;
      }
      DrawRecord.warnings("task " + t.task() + ": ", plan.get().design(), t.strata(), out);
      if (t.strata().stream().allMatch(s -> s.selected().isEmpty())) {
        out.add("task " + t.task() + ": the task selects no entity");
      }
    }
    return List.copyOf(out);
  }

  /**
   * The current sample of one stratum of one task: the selected candidates in rank order, each
   * replaced one substituted in place by its replacement.
   */
  public List<String> currentSample(String task, String stratum) {
    DrawRecord.StratumDraw s = requireTask(task).stratum(stratum).orElseThrow(() ->
        new IllegalArgumentException("no stratum " + stratum + " in task " + task));
    return List.copyOf(current(task, s, replacements));
  }

  /** The current sample of a task, in stratum order then rank order. */
  public List<String> currentSample(String task) {
    List<String> all = new ArrayList<>();
    requireTask(task).strata().forEach(s -> all.addAll(currentSample(task, s.stratum())));
    return List.copyOf(all);
  }

  /** The first alternate of a stratum of a task not yet used as a replacement in that task. */
  public Optional<DrawRecord.Drawn> nextAlternate(String task, String stratum) {
    DrawRecord.StratumDraw s = requireTask(task).stratum(stratum).orElseThrow(() ->
        new IllegalArgumentException("no stratum " + stratum + " in task " + task));
    Set<String> used = new HashSet<>();
    replacements.stream().filter(r -> r.task().equals(task))
        .forEach(r -> used.add(r.replacement()));
    return s.alternates().stream().filter(a -> !used.contains(a.id())).findFirst();
  }

  /**
   * This record with {@code id} replaced in task {@code task} by the next unused alternate of its
   * stratum there; the grouping by entity is updated.
   *
   * @throws IllegalArgumentException if {@code id} is not in the task's current sample or the
   *     reason is blank
   * @throws IllegalStateException if the stratum has no unused alternate left
   */
  public JointDrawRecord withReplacement(String task, String id, String reason) {
    TaskDraw t = requireTask(task);
    for (DrawRecord.StratumDraw s : t.strata()) {
      if (currentSample(task, s.stratum()).contains(id)) {
        DrawRecord.Drawn next = nextAlternate(task, s.stratum()).orElseThrow(() ->
            new IllegalStateException("stratum " + s.stratum() + " of task " + task
                + " has no unused alternate left to replace " + id));
        List<Replacement> list = new ArrayList<>(replacements);
        list.add(new Replacement(task, s.stratum(), id, next.id(), reason));
        return new JointDrawRecord(spec, manifest, manifestHash, seedSource, seed, tasks, list,
            group(manifest, tasks, list));
      }
    }
    throw new IllegalArgumentException(id + " is not in the current sample of task " + task);
  }

  /**
   * This record with {@code id} replaced in every task whose current sample holds it (an entity
   * found deregistered or unreachable is gone for every task), in task order.
   *
   * @throws IllegalArgumentException if no task's current sample holds {@code id}
   * @throws IllegalStateException if one of those strata has no unused alternate left (then
   *     nothing is replaced)
   */
  public JointDrawRecord withReplacementInEveryTask(String id, String reason) {
    JointDrawRecord r = this;
    boolean any = false;
    for (TaskDraw t : tasks) {
      if (currentSample(t.task()).contains(id)) {
        r = r.withReplacement(t.task(), id, reason);
        any = true;
      }
    }
    checkArgument(any, "%s is not in the current sample of any task", id);
    return r;
  }

  /** The record as JSON (UTF-8 text, two-space indentation, LF line ends, final LF). */
  public String toJson() {
    return DrawJson.write(this);
  }

  /**
   * The record hash the ledger keeps: SHA-256 of the record's canonical JSON form
   * (docs/draw-spec.md section 2, "Canonical JSON"; {@link CanonicalJson}).
   */
  public String jsonHash() {
    return CanonicalJson.sha256(CanonicalJson.parse(toJson()));
  }

  /**
   * Reads a joint record from JSON.
   *
   * @throws IllegalArgumentException if the JSON is malformed or a field is invalid
   */
  public static JointDrawRecord fromJson(String json) {
    return DrawJson.read(json, JointDrawRecord.class);
  }

  /** The selected ids of one stratum of a task with that task's replacements applied in order. */
  static List<String> current(String task, DrawRecord.StratumDraw s,
      List<Replacement> replacements) {
    List<String> ids = new ArrayList<>();
    s.selected().forEach(d -> ids.add(d.id()));
    for (Replacement r : replacements) {
      if (r.task().equals(task) && r.stratum().equals(s.stratum())) {
        int i = ids.indexOf(r.replaced());
        if (i >= 0) {
          ids.set(i, r.replacement());
        }
      }
    }
    return ids;
  }

  /**
   * The current samples grouped by entity (docs/draw-spec.md, "Grouping by entity"): entities in
   * UTF-8 byte order of id, each with its tasks in the manifest's task order.
   */
  static List<EntityTasks> group(JointManifest manifest, List<TaskDraw> tasks,
      List<Replacement> replacements) {
    Map<String, List<TaskVisit>> byEntity = new TreeMap<>(Codec.UTF8_ORDER);
    for (JointManifest.TaskPlan plan : manifest.tasks()) {
      TaskDraw t = tasks.stream().filter(x -> x.task().equals(plan.task())).findFirst()
          .orElse(null);
      if (t == null) {
        continue;
      }
      for (DrawRecord.StratumDraw s : t.strata()) {
        for (String id : current(t.task(), s, replacements)) {
          byEntity.computeIfAbsent(id, k -> new ArrayList<>())
              .add(new TaskVisit(t.task(), s.stratum(), plan.items()));
        }
      }
    }
    List<EntityTasks> out = new ArrayList<>(byEntity.size());
    byEntity.forEach((id, visits) -> out.add(new EntityTasks(id, visits)));
    return List.copyOf(out);
  }
}
