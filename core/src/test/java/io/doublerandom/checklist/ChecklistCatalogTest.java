package io.doublerandom.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.model.Checklist;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecklistCatalogTest {
  private static final String KEY = "重点监管事项清单";

  private static Checklist key(int version) {
    return Checklist.builder().name(KEY).version(version).build();
  }

  private final ChecklistCatalog catalog = ChecklistCatalog.of(
      List.of(key(2), Checklists.v2(), key(1), Checklists.v1(), key(10)));

  @Test
  void namesAreSorted() {
    // by UTF-16 code unit: 重 (U+91CD) before 随 (U+968F)
    assertEquals(List.of(KEY, Checklists.NAME), List.copyOf(catalog.names()));
  }

  @Test
  void latestIsTheHighestVersion() {
    assertEquals(Checklists.v2(), catalog.latest(Checklists.NAME).orElseThrow());
    assertEquals(10, catalog.latest(KEY).orElseThrow().version());
    assertTrue(catalog.latest("无此清单").isEmpty());
  }

  @Test
  void versionFindsOneVersion() {
    assertEquals(Checklists.v1(), catalog.version(Checklists.NAME, 1).orElseThrow());
    assertTrue(catalog.version(Checklists.NAME, 3).isEmpty());
    assertTrue(catalog.version("无此清单", 1).isEmpty());
  }

  @Test
  void versionsAreAscending() {
    assertEquals(List.of(key(1), key(2), key(10)), catalog.versions(KEY));
    assertEquals(List.of(), catalog.versions("无此清单"));
  }

  @Test
  void diffComparesTwoVersions() {
    assertEquals(ChecklistDiff.between(Checklists.v1(), Checklists.v2()),
        catalog.diff(Checklists.NAME, 1, 2));
    ChecklistDiff back = catalog.diff(Checklists.NAME, 2, 1);
    assertEquals(List.of("SC-05-01"), back.removed());
    assertEquals(List.of("SC-01-03"), List.of(back.added().get(0).code()));
  }

  @Test
  void diffOfAMissingVersionNamesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> catalog.diff(KEY, 1, 3));
    assertEquals("checklist '重点监管事项清单' version 3 is not in the catalog; versions: [1, 2, 10]",
        e.getMessage());
  }

  @Test
  void rejectsRepeatedNameAndVersionListingEach() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChecklistCatalog.of(List.of(key(1), key(2), Checklists.v1(), key(2),
            Checklists.v1(), key(1))));
    assertEquals("checklist (name, version) must be unique, got repeated: "
        + "重点监管事项清单 v1, 重点监管事项清单 v2, 随机抽查事项清单 v1", e.getMessage());
  }
}
