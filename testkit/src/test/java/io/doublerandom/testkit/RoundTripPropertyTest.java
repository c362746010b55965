package io.doublerandom.testkit;

import io.doublerandom.fixtures.ModelGenerators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.doublerandom.io.AuthorityFiles;
import io.doublerandom.io.ChecklistInfo;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.Format;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.json.Json;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.Authority;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.IndustryCode;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RiskScheme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property: for every model type, JSON serialisation followed by deserialisation is the identity;
 * for the types with a file form, so are writing and reading CSV and JSON files (entities,
 * inspectors, authorities, checklists as JSON and as items and claims CSV). Values come from {@link ModelGenerators}; QuickTheories
 * draws the seeds, with a fixed seed of its own so that every run checks the same values.
 */
class RoundTripPropertyTest {
  private static final long SEED = 0x32100L;
  private static final int EXAMPLES = 200;

  private static <T> void jsonRoundTrip(Function<SplittableRandom, T> generator, Class<T> type) {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      T value = generator.apply(new SplittableRandom(seed));
      try {
        String json = Json.writer().writeValueAsString(value);
        assertEquals(value, Json.reader().forType(type).readValue(json), json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void marketEntity() {
    jsonRoundTrip(ModelGenerators::entity, MarketEntity.class);
  }

  @Test
  void inspector() {
    jsonRoundTrip(ModelGenerators::inspector, Inspector.class);
  }

  @Test
  void inspectionItemAndRule() {
    jsonRoundTrip(r -> ModelGenerators.item(r, "SC-01-01"), InspectionItem.class);
    jsonRoundTrip(ModelGenerators::rule, ApplicabilityRule.class);
  }

  @Test
  void checklist() {
    jsonRoundTrip(ModelGenerators::checklist, Checklist.class);
  }

  @Test
  void authorityConflictSchemeAndSmallValues() {
    jsonRoundTrip(ModelGenerators::authority, Authority.class);
    jsonRoundTrip(ModelGenerators::conflict, DeclaredConflict.class);
    jsonRoundTrip(ModelGenerators::riskScheme, RiskScheme.class);
    jsonRoundTrip(ModelGenerators::entityId, EntityId.class);
    jsonRoundTrip(ModelGenerators::county, RegionCode.class);
    jsonRoundTrip(ModelGenerators::industry, IndustryCode.class);
    jsonRoundTrip(ModelGenerators::dateRange, DateRange.class);
  }

  @Test
  void entitiesAndInspectorsThroughCsvAndJsonFiles() {
    qt().withFixedSeed(SEED).withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<MarketEntity> entities = unique(r, ModelGenerators::entity,
          e -> e.id().value());
      List<Inspector> inspectors = unique(r, ModelGenerators::inspector, Inspector::id);
      for (Format format : Format.values()) {
        assertEquals(sorted(entities, e -> e.id().value()),
            EntityFiles.read(in(out -> EntityFiles.write(entities, out, format)), "entities",
                format, ImportOptions.defaults()).values());
        assertEquals(sorted(inspectors, Inspector::id),
            InspectorFiles.read(in(out -> InspectorFiles.write(inspectors, out, format)),
                "inspectors", format, ImportOptions.defaults()).values());
      }
      Checklist checklist = ModelGenerators.checklist(r);
      ImportResult<Checklist> back = ChecklistFiles.read(
          in(out -> ChecklistFiles.write(checklist, out)), "checklist", ImportOptions.defaults());
      assertEquals(checklist, back.value());
    });
  }

  @Test
  void authoritiesAndChecklistsThroughCsvAndJsonFiles() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      List<Authority> authorities = unique(r, ModelGenerators::authority, Authority::code);
      for (Format format : Format.values()) {
        assertEquals(sorted(authorities, Authority::code),
            AuthorityFiles.read(in(out -> AuthorityFiles.write(authorities, out, format)),
                "authorities", format, ImportOptions.defaults()).values());
      }
      Checklist checklist = ModelGenerators.checklist(r);
      ImportResult<Checklist> back = ChecklistFiles.readCsv(
          in(out -> ChecklistFiles.writeItemsCsv(checklist, out)), "items.csv",
          in(out -> ChecklistFiles.writeClaimsCsv(checklist, out)), "claims.csv",
          ChecklistInfo.of(checklist), ImportOptions.defaults());
      assertEquals(checklist, back.value());
    });
  }

  private interface Writing {
    void to(ByteArrayOutputStream out) throws IOException;
  }

  private static ByteArrayInputStream in(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ByteArrayInputStream(out.toByteArray());
  }

  private static <T> List<T> unique(SplittableRandom r, Function<SplittableRandom, T> generator,
      Function<T, String> key) {
    TreeMap<String, T> byKey = new TreeMap<>();
    for (int i = r.nextInt(12); i > 0; i--) {
      T value = generator.apply(r);
      byKey.putIfAbsent(key.apply(value), value);
    }
    List<T> values = new ArrayList<>(byKey.values());
    java.util.Collections.shuffle(values, new java.util.Random(r.nextLong()));
    return values;
  }

  private static <T> List<T> sorted(List<T> values, Function<T, String> key) {
    List<T> copy = new ArrayList<>(values);
    copy.sort(Comparator.comparing(key));
    return copy;
  }
}
