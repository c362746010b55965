package io.doublerandom.testkit;

import io.doublerandom.fixtures.ModelGenerators;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.doublerandom.io.AuthorityFiles;
import io.doublerandom.io.ChecklistFiles;
import io.doublerandom.io.ChecklistInfo;
import io.doublerandom.io.EntityFiles;
import io.doublerandom.io.Format;
import io.doublerandom.io.ImportOptions;
import io.doublerandom.io.ImportResult;
import io.doublerandom.io.InspectorFiles;
import io.doublerandom.model.ApplicabilityRule;
import io.doublerandom.model.Authority;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DeclaredConflict;
import io.doublerandom.model.EnforcementCertificate;
import io.doublerandom.model.InspectionItem;
import io.doublerandom.model.Inspector;
import io.doublerandom.model.ItemClaim;
import io.doublerandom.model.MarketEntity;
import io.doublerandom.model.PartyRole;
import io.doublerandom.model.RelatedParty;
import io.doublerandom.model.RelationKind;
import io.doublerandom.model.RiskRating;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Property: any text the model accepts in any text attribute survives writing and reading CSV
 * and JSON files; text it would not get back (blank, surrounding whitespace) the model rejects.
 * The texts are short strings over whitespace (space, tab, line breaks, the full-width space),
 * the separators and escape characters of the CSV encodings, quotes and CJK characters.
 */
class AnyTextRoundTripTest {
  private static final long SEED = 0x7064L;
  private static final String POOL = " \t\n\r\u3000a中;；:@\\\",=、";

  private static String text(SplittableRandom r) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(7); i > 0; i--) {
      s.append(POOL.charAt(r.nextInt(POOL.length())));
    }
    return s.toString();
  }

  private static <T> void property(Function<String, T> build, Function<T, Object> roundTrip) {
    property("", build, roundTrip);
  }

  /**
   * Builds values with arbitrary text: the model must reject exactly the blank text, text with
   * surrounding whitespace and text with one of {@code forbidden}; every value it accepts must
   * come back from {@code roundTrip} unchanged.
   */
  private static <T> void property(String forbidden, Function<String, T> build,
      Function<T, Object> roundTrip) {
    AtomicInteger accepted = new AtomicInteger();
    qt().withFixedSeed(SEED).withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      String t = text(new SplittableRandom(seed));
      boolean valid = !t.isBlank() && t.equals(t.strip())
          && t.chars().noneMatch(c -> forbidden.indexOf(c) >= 0);
      T value;
      try {
        value = build.apply(t);
      } catch (IllegalArgumentException e) {
        assertTrue(!valid, "rejected '" + t + "': " + e.getMessage());
        return;
      }
      assertTrue(valid, "accepted '" + t + "'");
      accepted.incrementAndGet();
      assertEquals(value, roundTrip.apply(value), "text '" + t + "'");
    });
    assertTrue(accepted.get() > 200, "accepted " + accepted.get());
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

  private static Object entityFiles(MarketEntity e) {
    for (Format f : Format.values()) {
      ImportResult<MarketEntity> back = EntityFiles.read(
          in(out -> EntityFiles.write(List.of(e), out, f)), "e", f, ImportOptions.defaults());
      assertTrue(back.ok(), back.report().format());
      assertEquals(List.of(e), back.values(), f.name());
    }
    return e;
  }

  private static Object inspectorFiles(Inspector i) {
    for (Format f : Format.values()) {
      ImportResult<Inspector> back = InspectorFiles.read(
          in(out -> InspectorFiles.write(List.of(i), out, f)), "i", f, ImportOptions.defaults());
      assertTrue(back.ok(), back.report().format());
      assertEquals(List.of(i), back.values(), f.name());
    }
    return i;
  }

  private static Object checklistFiles(Checklist c) {
    ImportResult<Checklist> json = ChecklistFiles.read(in(out -> ChecklistFiles.write(c, out)),
        "c.json", ImportOptions.defaults());
    assertTrue(json.ok(), json.report().format());
    assertEquals(c, json.value());
    ImportResult<Checklist> csv = ChecklistFiles.readCsv(
        in(out -> ChecklistFiles.writeItemsCsv(c, out)), "items.csv",
        in(out -> ChecklistFiles.writeClaimsCsv(c, out)), "claims.csv", ChecklistInfo.of(c),
        ImportOptions.defaults());
    assertTrue(csv.ok(), csv.report().format());
    return csv.value();
  }

  private static MarketEntity.Builder entity() {
    return MarketEntity.builder().from(ModelGenerators.entity(new SplittableRandom(1)))
        .tags(List.of()).riskRatings(List.of()).relatedParties(List.of());
  }

  private static Inspector.Builder inspector() {
    return Inspector.builder().from(ModelGenerators.inspector(new SplittableRandom(2)))
        .specialties(List.of()).conflicts(List.of());
  }

  private static InspectionItem.Builder item() {
    return InspectionItem.builder().from(ModelGenerators.item(new SplittableRandom(3), "C-1"))
        .appliesTo(ApplicabilityRule.any()).requiredSpecialties(List.of());
  }

  private static Checklist checklist(InspectionItem item) {
    return Checklist.builder().name("清单").version(1).addItems(item).build();
  }

  @Test
  void entityTexts() {
    property(t -> entity().name(t).build(), AnyTextRoundTripTest::entityFiles);
    property(t -> entity().registrationAuthority(t).build(), AnyTextRoundTripTest::entityFiles);
    property(";", t -> entity().addTags(t).build(), AnyTextRoundTripTest::entityFiles);
    property(t -> entity().addRelatedParties(new RelatedParty(PartyRole.AGENT, t)).build(),
        AnyTextRoundTripTest::entityFiles);
    property(",", t -> entity().addRiskRatings(new RiskRating(t, "B", LocalDate.of(2024, 1, 1)))
        .build(), AnyTextRoundTripTest::entityFiles);
  }

  @Test
  void inspectorTexts() {
    property(t -> inspector().id(t).build(), AnyTextRoundTripTest::inspectorFiles);
    property(t -> inspector().name(t).build(), AnyTextRoundTripTest::inspectorFiles);
    property(t -> inspector().authorityCode(t).build(), AnyTextRoundTripTest::inspectorFiles);
    property(t -> inspector().department(t).build(), AnyTextRoundTripTest::inspectorFiles);
    property(";", t -> inspector().addSpecialties(t).build(),
        AnyTextRoundTripTest::inspectorFiles);
    property(t -> inspector().certificate(new EnforcementCertificate(t, LocalDate.of(2024, 1, 1),
        LocalDate.of(2025, 1, 1))).build(), AnyTextRoundTripTest::inspectorFiles);
    property(t -> inspector().addConflicts(DeclaredConflict.withParty(RelationKind.OTHER, t))
        .build(), AnyTextRoundTripTest::inspectorFiles);
    property(t -> inspector().addConflicts(DeclaredConflict.builder()
        .relation(RelationKind.OTHER).partyId("P-1").note(t).build()).build(),
        AnyTextRoundTripTest::inspectorFiles);
  }

  @Test
  void authorityTexts() {
    Authority base = ModelGenerators.authority(new SplittableRandom(4));
    Function<Authority, Object> files = a -> {
      for (Format f : Format.values()) {
        ImportResult<Authority> back = AuthorityFiles.read(
            in(out -> AuthorityFiles.write(List.of(a), out, f)), "a", f,
            ImportOptions.defaults());
        assertTrue(back.ok(), back.report().format());
        assertEquals(List.of(a), back.values(), f.name());
      }
      return a;
    };
    property(t -> Authority.builder().from(base).code(t).parentCode("上级").build(), files);
    property(t -> Authority.builder().from(base).name(t).build(), files);
    property(t -> Authority.builder().from(base).code("本级").parentCode(t).build(), files);
  }

  @Test
  void checklistTexts() {
    property(t -> checklist(item().code(t).build()), AnyTextRoundTripTest::checklistFiles);
    property(t -> checklist(item().category(t).build()), AnyTextRoundTripTest::checklistFiles);
    property(t -> checklist(item().name(t).build()), AnyTextRoundTripTest::checklistFiles);
    property(t -> checklist(item().targetDescription(t).build()),
        AnyTextRoundTripTest::checklistFiles);
    property(t -> checklist(item().responsibleDepartment(t).build()),
        AnyTextRoundTripTest::checklistFiles);
    property(t -> checklist(item().legalBasis(t).build()), AnyTextRoundTripTest::checklistFiles);
    property(t -> checklist(item().addRequiredSpecialties(t).build()),
        AnyTextRoundTripTest::checklistFiles);
    property(t -> checklist(item().appliesTo(ApplicabilityRule.builder().addAllTags(t)
        .addAnyTags(t).build()).build()), AnyTextRoundTripTest::checklistFiles);
    property(t -> Checklist.builder().from(checklist(item().build()))
        .addClaims(new ItemClaim("C-1", t, io.doublerandom.model.AuthorityLevel.COUNTY)).build(),
        AnyTextRoundTripTest::checklistFiles);
  }
}
