/**
 * The campaign facade: a year of "双随机、一公开" — plans, tasks, draws (single and joint, through
 * the ledger), assignment, results, follow-up, stop-publication and the indicators — in a few
 * calls over in-memory stores (or any stores an integrator registers). docs/campaign.md walks
 * through it.
 *
 * <p>Entry point: {@link io.doublerandom.campaign.Campaign} and its {@link
 * io.doublerandom.campaign.Campaign.Builder}.
 */
package io.doublerandom.campaign;
