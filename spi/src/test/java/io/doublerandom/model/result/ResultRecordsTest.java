package io.doublerandom.model.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.followup.DisposalState;
import io.doublerandom.model.followup.ReferralState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The records validate what a store must never hold, naming the field and the value. */
class ResultRecordsTest {
  private static final EntityId E = EntityId.parse("140105000000001");
  private static final LocalDate DAY = LocalDate.of(2024, 9, 27);
  private static final ResultEvent OPENED = new ResultEvent(Instant.EPOCH, "assignment:A1",
      ResultAction.OPENED, ResultState.NOT_ENTERED, ResultState.NOT_ENTERED, Optional.empty());

  @Test
  void aResultsIdIsItsTaskAndEntity() {
    InspectionResult r = InspectionResult.opened("T1", E, "V1", List.of("O1"), new TreeSet<>(),
        "doublerandom@1", OPENED);
    assertEquals("T1/140105000000001", r.id());
    assertEquals(1, r.version());
    assertEquals(2, r.nextVersion().version());
    assertEquals("id of the result of task T1 and entity 140105000000001 must be "
        + "'T1/140105000000001', got 'T1/x'", assertThrows(IllegalArgumentException.class, () ->
        new InspectionResult("T1/x", 1, "T1", E, "V1", List.of(), new TreeSet<>(), "c",
            ResultState.NOT_ENTERED, List.of(), null, null, null, null, null, null,
            List.of(OPENED))).getMessage());
    assertEquals("version of result T1/140105000000001 must be 1 or more, got 0",
        assertThrows(IllegalArgumentException.class, () -> r.withVersion(0)).getMessage());
  }

  @Test
  void publicationDatesDecideWhatIsPublicAndWhatIsLate() {
    PublicationDeadline d = new PublicationDeadline(DAY, 20, DAY.plusDays(33), "cn-1");
    InspectionResult r = new InspectionResult("T1/" + E.value(), 5, "T1", E, "V1",
        List.of("O1"), new TreeSet<>(), "c", ResultState.WITHDRAWN,
        List.of(Finding.of("I", "R01")), Optional.of("O1"), Optional.of(Instant.EPOCH),
        Optional.of(d), Optional.of("A"), Optional.of(DAY.plusDays(34)),
        Optional.of(DAY.plusDays(100)), List.of(OPENED));
    assertTrue(r.late());
    assertFalse(r.publicOn(DAY.plusDays(33)));
    assertTrue(r.publicOn(DAY.plusDays(34)));
    assertTrue(r.publicOn(DAY.plusDays(99)));
    assertFalse(r.publicOn(DAY.plusDays(100)));
    assertEquals("due 2024-09-26 is before formedOn 2024-09-27", assertThrows(
        IllegalArgumentException.class, () -> new PublicationDeadline(DAY, 0, DAY.minusDays(1),
            "cn-1")).getMessage());
  }

  @Test
  void aFindingNeedsAnItemAndDropsABlankText() {
    assertEquals("item of a finding must not be blank, got ' '", assertThrows(
        IllegalArgumentException.class, () -> Finding.of(" ", "R01")).getMessage());
    assertEquals(Optional.empty(), Finding.of("I", "R11").withText("   ").text());
    assertEquals(List.of("R01", "R02"), List.copyOf(Finding.of("I", "R02", "R01").codes()));
  }

  @Test
  void aResultCodeIsAStableToken() {
    assertEquals("result code must be 1 to 32 letters, digits, '-' or '_', got 'R 1'",
        assertThrows(IllegalArgumentException.class, () -> new ResultCode("R 1", "x",
            ResultCategory.OTHER, false, "", false, false, false)).getMessage());
    assertTrue(ResultCategory.UNQUALIFIED.isProblem());
    assertFalse(ResultCategory.QUALIFIED.isProblem());
    assertTrue(ResultCategory.MOVED_OUT.isEntityStatus());
    assertEquals("PUBLISHED (已公示)", ResultState.PUBLISHED.toString());
  }

  @Test
  void aClosedDisposalHasItsDateAndOutcomeAndADecidedReferralItsDecision() {
    assertEquals("closed disposal D1 needs closedOn, outcome and closedBy", assertThrows(
        IllegalArgumentException.class, () -> new Disposal("D1", 1, "R", "T1", E,
            DisposalKind.OTHER, null, null, null, null, Optional.of("n"), null,
            DisposalState.CLOSED, DAY, "O9", Optional.of(DAY), Optional.of(" "),
            Optional.of("O9"))).getMessage());
    Disposal open = new Disposal("D2", 1, "R", "T1", E, DisposalKind.CORRECT_BY_DEADLINE, null,
        Optional.of(DAY.plusDays(10)), null, null, null, null, DisposalState.OPEN, DAY, "O9",
        null, null, null);
    assertFalse(open.overdueOn(DAY.plusDays(10)));
    assertTrue(open.overdueOn(DAY.plusDays(11)));
    assertEquals("decided referral F1 needs decisionNumber and decisionDate", assertThrows(
        IllegalArgumentException.class, () -> new CaseReferral("F1", 2, "T1", E, "R", "D1", "x",
            DAY, ReferralState.DECIDED, Optional.of("立1"), Optional.of(DAY), Optional.of("罚1"),
            Optional.empty(), Optional.empty())).getMessage());
  }
}
