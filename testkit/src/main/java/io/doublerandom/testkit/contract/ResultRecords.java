package io.doublerandom.testkit.contract;

import io.doublerandom.model.EntityId;
import io.doublerandom.model.followup.CaseReferral;
import io.doublerandom.model.followup.Disposal;
import io.doublerandom.model.followup.DisposalKind;
import io.doublerandom.model.followup.DisposalState;
import io.doublerandom.model.followup.ReferralState;
import io.doublerandom.model.result.Finding;
import io.doublerandom.model.result.InspectionResult;
import io.doublerandom.model.result.PublicationDeadline;
import io.doublerandom.model.result.ResultAction;
import io.doublerandom.model.result.ResultEvent;
import io.doublerandom.model.result.ResultState;
import io.doublerandom.model.result.StopPublicationApplication;
import io.doublerandom.model.result.StopPublicationState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Sample records of results and follow-up for the contract suites. */
final class ResultRecords {
  static final Instant AT = Instant.parse("2024-09-27T01:00:00Z");
  static final LocalDate DAY = LocalDate.of(2024, 9, 27);

  private ResultRecords() {}

  static EntityId entity(int i) {
    return EntityId.parse(String.format("14010500000%04d", i));
  }

  static InspectionResult opened(String task, int entity) {
    return InspectionResult.opened(task, entity(entity), "V" + entity, List.of("O1", "O2"),
        new TreeSet<>(List.of("ITEM-1")), "doublerandom@1", new ResultEvent(AT, "assignment:A1",
            ResultAction.OPENED, ResultState.NOT_ENTERED, ResultState.NOT_ENTERED,
            Optional.empty()));
  }

  /** The next version of {@code r}: entered by O1 with {@code code}. */
  static InspectionResult entered(InspectionResult r, String code) {
    List<ResultEvent> h = new ArrayList<>(r.history());
    h.add(new ResultEvent(AT.plusSeconds(h.size()), "O1", ResultAction.ENTERED, r.state(),
        ResultState.PENDING_AUDIT, Optional.empty()));
    return new InspectionResult(r.id(), r.version() + 1, r.task(), r.entity(), r.visit(),
        r.team(), r.items(), r.catalogue(), ResultState.PENDING_AUDIT,
        List.of(Finding.of("ITEM-1", code)), Optional.of("O1"), Optional.of(AT),
        Optional.of(new PublicationDeadline(DAY, 20, DAY.plusDays(33), "test")),
        Optional.empty(), Optional.empty(), Optional.empty(), h);
  }

  static StopPublicationApplication application(String id, String result, int entity) {
    return new StopPublicationApplication(id, 1, result, entity(entity), DAY, "信用修复",
        "R01: P3M after publication", DAY, StopPublicationState.APPLIED, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  static StopPublicationApplication refused(StopPublicationApplication a) {
    return refused(a, "不予");
  }

  static StopPublicationApplication refused(StopPublicationApplication a, String opinion) {
    return new StopPublicationApplication(a.id(), a.version() + 1, a.result(), a.entity(),
        a.appliedOn(), a.reason(), a.rule(), a.earliest(), StopPublicationState.REFUSED,
        Optional.of("PUB-1"), Optional.of(DAY), Optional.of(opinion), Optional.empty());
  }

  static Disposal disposal(String result, String task, int entity, int n) {
    return new Disposal(result + "#" + n, 1, result, task, entity(entity),
        DisposalKind.CORRECT_BY_DEADLINE, Optional.of("R07"), Optional.of(DAY.plusDays(10)),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        DisposalState.OPEN, DAY, "O9", Optional.empty(), Optional.empty(), Optional.empty());
  }

  static Disposal closed(Disposal d) {
    return new Disposal(d.id(), d.version() + 1, d.result(), d.task(), d.entity(), d.kind(),
        d.resultCode(), d.deadline(), d.listingDate(), d.department(), d.note(), d.referral(),
        DisposalState.CLOSED, d.openedOn(), d.openedBy(), Optional.of(DAY.plusDays(5)),
        Optional.of("已改正"), Optional.of("O9"));
  }

  static CaseReferral referral(String id, String task, int entity) {
    return new CaseReferral(id, 1, task, entity(entity), task + "/" + entity(entity).value(), id,
        "ITEM-1: R08", DAY, ReferralState.SENT, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  static CaseReferral decided(CaseReferral r, String caseNumber, String decision) {
    return new CaseReferral(r.id(), r.version() + 1, r.task(), r.entity(), r.result(),
        r.disposal(), r.finding(), r.referredOn(), ReferralState.DECIDED,
        Optional.of(caseNumber), Optional.of(DAY.plusDays(3)), Optional.of(decision),
        Optional.of(DAY.plusDays(30)), Optional.empty());
  }
}
