package io.doublerandom.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.doublerandom.directory.EntityDirectory;
import io.doublerandom.model.RegionCode;
import io.doublerandom.model.RegistrationStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoadAndQueryDirectoryTest {
  @Test
  void exampleRunsAndItsAnswersAgreeWithAScanOfTheDirectory() throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    EntityDirectory directory = LoadAndQueryDirectory.run(
        new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String text = buffer.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("loaded 20,000 entities"), text);

    long expected = directory.all().stream()
        .filter(e -> RegionCode.of("140100").contains(e.region()))
        .filter(e -> e.status() == RegistrationStatus.OPERATING)
        .filter(e -> e.generalRiskClass().filter(c -> c.equals("C") || c.equals("D")).isPresent())
        .count();
    assertTrue(expected > 0);
    assertTrue(text.contains(String.format("risk classes C and D: %,d%n", expected)), text);
    long special = directory.all().stream().filter(e -> e.tags().contains("特种设备使用单位"))
        .count();
    assertEquals(true, text.contains(String.format("applies to: %,d", special)), text);
  }
}
