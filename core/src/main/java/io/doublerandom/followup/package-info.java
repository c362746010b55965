/**
 * Follow-up of inspection results (后续处置): {@link io.doublerandom.followup.FollowUps} opens
 * disposals (ordered with a {@link io.doublerandom.followup.DisposalOrder} or taken from the
 * configurable {@link io.doublerandom.followup.DisposalDefaults}), sends case referrals through
 * the {@code CaseHandlingGateway} SPI and keeps the link task number ↔ entity ↔ case ↔ penalty
 * decision. In-memory providers: {@link io.doublerandom.followup.InMemoryFollowUpStore}, {@link
 * io.doublerandom.followup.InMemoryCaseHandlingGateway}. See docs/results.md.
 */
package io.doublerandom.followup;
