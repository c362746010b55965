package io.doublerandom.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.calendar.ManualClock;
import io.doublerandom.checklist.ChecklistCatalog;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.DateRange;
import io.doublerandom.model.EntityId;
import io.doublerandom.model.plan.ChecklistRef;
import io.doublerandom.model.task.Lead;
import io.doublerandom.model.task.LeadSource;
import io.doublerandom.model.task.TaskStatus;
import io.doublerandom.task.TemporaryTask;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Caller mistakes on the facade are errors that name the field or the value. */
class CampaignErrorsTest {
  private static final Checklist CHECKLIST = Checklist.builder().name("清单").version(1)
      .issuedBy("SX-SCJG-140000").effectiveFrom(LocalDate.of(2024, 1, 1)).build();

  private static Campaign campaign() {
    return Campaign.builder().clock(ManualClock.at(LocalDate.of(2025, 3, 3)))
        .entities(List.of()).inspectors(List.of())
        .checklists(ChecklistCatalog.of(List.of(CHECKLIST))).build();
  }

  @Test
  void aMissingPartIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
        Campaign.builder().clock(ManualClock.at(LocalDate.of(2025, 1, 1))).build());
    assertTrue(e.getMessage().startsWith("entities:"), e.getMessage());
    assertThrows(NullPointerException.class, () -> Campaign.builder().entities(List.of())
        .inspectors(List.of()).checklists(ChecklistCatalog.of(List.of(CHECKLIST))).build());
  }

  @Test
  void unknownIdsAndStepsOutOfOrderAreNamed() {
    Campaign c = campaign();
    IllegalArgumentException noPlan = assertThrows(IllegalArgumentException.class,
        () -> c.publishPlan("P-404"));
    assertTrue(noPlan.getMessage().contains("'P-404'"), noPlan.getMessage());
    IllegalArgumentException noTask = assertThrows(IllegalArgumentException.class,
        () -> c.prepareDraw("T-404", io.doublerandom.draw.SeedPlan.recorded()));
    assertTrue(noTask.getMessage().contains("'T-404'"), noTask.getMessage());
    IllegalStateException notPrepared = assertThrows(IllegalStateException.class,
        () -> c.draw("T-404", new io.doublerandom.draw.SeedSource.Recorded("00".repeat(32))));
    assertTrue(notPrepared.getMessage().contains("prepareDraw"), notPrepared.getMessage());
    IllegalStateException noJoint = assertThrows(IllegalStateException.class,
        () -> c.drawJoint("J-404", new io.doublerandom.draw.SeedSource.Recorded("00".repeat(32))));
    assertTrue(noJoint.getMessage().contains("J-404"), noJoint.getMessage());
    IllegalArgumentException oneTask = assertThrows(IllegalArgumentException.class,
        () -> c.prepareJointDraw("J1", List.of("T1"), io.doublerandom.draw.SeedPlan.recorded()));
    assertTrue(oneTask.getMessage().contains("two or more tasks"), oneTask.getMessage());
  }

  @Test
  void aTemporaryTaskNamesItsEntitiesAndTheUnknownOnesAreListed() {
    Campaign c = campaign();
    TemporaryTask t = new TemporaryTask("SX-SCJG-140700", 2025, "投诉核查",
        new Lead(LeadSource.COMPLAINT, "12315-1", "投诉"), new ChecklistRef("清单", 1),
        List.of("X"), "信用监管科",
        new DateRange(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31)), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> c.createTemporaryTask(t, List.of(EntityId.parse("000000000000404"))));
    assertTrue(e.getMessage().contains("000000000000404"), e.getMessage());
    assertEquals(List.of(), c.tasks(), "nothing created, no number taken");
    assertTrue(TaskStatus.CANCELLED.terminal());
  }
}
