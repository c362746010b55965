/**
 * Contract suites for the provider interfaces of {@code io.doublerandom.spi}: abstract JUnit 5
 * classes, one per interface, that an implementation's test extends, as the in-memory and file
 * defaults of {@code doublerandom-core} do. Entry points include {@link
 * io.doublerandom.testkit.contract.WorkingDayCalendarContract}, {@link
 * io.doublerandom.testkit.contract.ClockContract}, {@link
 * io.doublerandom.testkit.contract.RiskClassificationFeedContract} and {@link
 * io.doublerandom.testkit.contract.VisitFeedbackStoreContract}.
 */
package io.doublerandom.testkit.contract;
