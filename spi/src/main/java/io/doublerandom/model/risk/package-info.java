/**
 * Credit-risk classification values: {@link io.doublerandom.model.risk.RiskClassificationPush},
 * one full push of a domain's classification as of a date, as the feed ({@code
 * io.doublerandom.spi.RiskClassificationFeed}) delivers it.
 */
package io.doublerandom.model.risk;
