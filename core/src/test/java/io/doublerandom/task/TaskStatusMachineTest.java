package io.doublerandom.task;

import static io.doublerandom.model.task.TaskStatus.ASSIGNED;
import static io.doublerandom.model.task.TaskStatus.AUDITED;
import static io.doublerandom.model.task.TaskStatus.CANCELLED;
import static io.doublerandom.model.task.TaskStatus.CLOSED;
import static io.doublerandom.model.task.TaskStatus.CREATED;
import static io.doublerandom.model.task.TaskStatus.DRAWN;
import static io.doublerandom.model.task.TaskStatus.IN_INSPECTION;
import static io.doublerandom.model.task.TaskStatus.OVERDUE;
import static io.doublerandom.model.task.TaskStatus.PUBLISHED;
import static io.doublerandom.model.task.TaskStatus.RESULTS_ENTERED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskStatusMachineTest {
  @Test
  void theMovesOfEveryStatus() {
    assertEquals(EnumSet.of(DRAWN, CANCELLED), TaskStatusMachine.next(CREATED, Optional.empty()));
    assertEquals(EnumSet.of(ASSIGNED, CANCELLED, OVERDUE),
        TaskStatusMachine.next(DRAWN, Optional.empty()));
    assertEquals(EnumSet.of(IN_INSPECTION, CANCELLED, OVERDUE),
        TaskStatusMachine.next(ASSIGNED, Optional.empty()));
    assertEquals(EnumSet.of(RESULTS_ENTERED, CANCELLED, OVERDUE),
        TaskStatusMachine.next(IN_INSPECTION, Optional.empty()));
    assertEquals(EnumSet.of(AUDITED, IN_INSPECTION, OVERDUE),
        TaskStatusMachine.next(RESULTS_ENTERED, Optional.empty()));
    assertEquals(EnumSet.of(PUBLISHED, OVERDUE), TaskStatusMachine.next(AUDITED, Optional.empty()));
    assertEquals(EnumSet.of(CLOSED), TaskStatusMachine.next(PUBLISHED, Optional.empty()));
    assertEquals(EnumSet.noneOf(io.doublerandom.model.task.TaskStatus.class),
        TaskStatusMachine.next(CLOSED, Optional.empty()));
    assertEquals(EnumSet.noneOf(io.doublerandom.model.task.TaskStatus.class),
        TaskStatusMachine.next(CANCELLED, Optional.empty()));
  }

  @Test
  void anOverdueTaskResumesWhereItWas() {
    assertEquals(EnumSet.of(PUBLISHED), TaskStatusMachine.next(OVERDUE, Optional.of(AUDITED)));
    assertEquals(EnumSet.of(RESULTS_ENTERED, CANCELLED),
        TaskStatusMachine.next(OVERDUE, Optional.of(IN_INSPECTION)));
    assertThrows(IllegalArgumentException.class,
        () -> TaskStatusMachine.next(OVERDUE, Optional.empty()));
  }
}
