package io.doublerandom.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.doublerandom.model.AuthorityLevel;
import io.doublerandom.model.Checklist;
import io.doublerandom.model.InspectionItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecklistClaimsTest {
  private final Checklist v2 = Checklists.v2();

  private static List<String> codes(List<InspectionItem> items) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.code()));
    return out;
  }

  @Test
  void claimedByListsAnAuthoritysItemsInPublishedOrder() {
    assertEquals(List.of("SC-05-01", "SC-01-02"),
        codes(ChecklistClaims.claimedBy(v2, Checklists.CITY)));
    assertEquals(List.of("SC-01-01"), codes(ChecklistClaims.claimedBy(v2, Checklists.COUNTY)));
    assertEquals(List.of(), codes(ChecklistClaims.claimedBy(v2, "无此部门")));
  }

  @Test
  void claimedAtListsItemsClaimedAtALevel() {
    assertEquals(List.of("SC-05-01", "SC-01-02"),
        codes(ChecklistClaims.claimedAt(v2, AuthorityLevel.CITY)));
    assertEquals(List.of(), codes(ChecklistClaims.claimedAt(v2, AuthorityLevel.PROVINCE)));
  }

  @Test
  void unclaimedAtListsItemsOfTheLevelNobodyClaimed() {
    // SC-01-02 names COUNTY and CITY but is claimed only by the city now.
    assertEquals(List.of("SC-01-02"),
        codes(ChecklistClaims.unclaimedAt(v2, AuthorityLevel.COUNTY)));
    // SC-01-01 names CITY and nobody at city level claims it.
    assertEquals(List.of("SC-01-01"), codes(ChecklistClaims.unclaimedAt(v2, AuthorityLevel.CITY)));
    assertEquals(List.of(), codes(ChecklistClaims.unclaimedAt(v2, AuthorityLevel.PROVINCE)));
    // SC-01-03 records no level: it counts as inspected at every level.
    assertEquals(List.of("SC-01-03"),
        codes(ChecklistClaims.unclaimedAt(Checklists.v1(), AuthorityLevel.PROVINCE)));
  }

  @Test
  void itemsPerCategoryIsSorted() {
    assertEquals(Map.of("登记事项检查", 2, "食品安全检查", 1), ChecklistClaims.itemsPerCategory(v2));
    assertEquals(List.of("登记事项检查", "食品安全检查"),
        List.copyOf(ChecklistClaims.itemsPerCategory(v2).keySet()));
  }

  @Test
  void claimsPerAuthorityCountsItems() {
    assertEquals(Map.of(Checklists.CITY, 2, Checklists.COUNTY, 1),
        ChecklistClaims.claimsPerAuthority(v2));
    assertEquals(List.of(Checklists.CITY, Checklists.COUNTY),
        List.copyOf(ChecklistClaims.claimsPerAuthority(v2).keySet()));
  }
}
