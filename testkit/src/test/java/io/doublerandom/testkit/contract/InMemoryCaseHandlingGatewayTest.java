package io.doublerandom.testkit.contract;

import io.doublerandom.followup.InMemoryCaseHandlingGateway;
import io.doublerandom.model.followup.CaseUpdate;
import io.doublerandom.spi.CaseHandlingGateway;
import java.time.LocalDate;

/** The in-memory case-handling system passes the contract. */
class InMemoryCaseHandlingGatewayTest extends CaseHandlingGatewayContract {
  @Override
  protected CaseHandlingGateway newGateway() {
    return new InMemoryCaseHandlingGateway();
  }

  @Override
  protected void caseSystemReports(CaseHandlingGateway gateway, String referralId,
      CaseUpdate.Kind kind, String number, LocalDate date) {
    InMemoryCaseHandlingGateway g = (InMemoryCaseHandlingGateway) gateway;
    switch (kind) {
      case CASE_OPENED -> g.openCase(referralId, number, date);
      case DECIDED -> g.decide(referralId, number, date);
      case DECLINED -> g.decline(referralId, number, date);
    }
  }
}
