package io.doublerandom.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Malformed CSV is reported where the problem starts. */
class CsvInputTest {
  private static String unusable(String csv) {
    return assertThrows(UnusableInputException.class, () -> EntityFiles.read(
        new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "q.csv",
        Format.CSV, ImportOptions.defaults())).getMessage();
  }

  @Test
  void anUnclosedQuoteIsReportedOnTheLineWhereItOpens() {
    String expected = "q.csv: line 2: malformed CSV: the quoted value that starts on this line"
        + " has no closing quote";
    assertEquals(expected, unusable("id,name\n1,\"unclosed,x\n2,y\n3,z\n"));
    // a quote inside an unquoted cell is text; doubled quotes inside quotes are one quote
    assertEquals(expected.replace("line 2", "line 5"),
        unusable("id,name\n1,ab\"c\n2,\"y\"\"\n\"\n3,\"open\n4,x\r\n"));
    assertEquals(expected.replace("line 2", "line 3"),
        unusable("id,name\r1,x\r2,\"a\r\rb\r"));
  }

  @Test
  void otherSyntaxErrorsKeepTheParsersLine() {
    assertEquals("q.csv: line 3: malformed CSV: a character after the closing quote of a quoted"
        + " value; a quoted value must be followed by a comma or the end of the line (write \"\""
        + " for a quote inside it)",
        unusable("id,name\n1,x\n2,\"ab\"c\n3,\"open\n"));
  }

  @Test
  void theScannerFollowsQuotingRules() {
    assertEquals(0, CsvInput.unclosedQuoteLine("a,\"b\"\"c\",d\n"));
    assertEquals(1, CsvInput.unclosedQuoteLine("\"a"));
    assertEquals(2, CsvInput.unclosedQuoteLine("a\r\n\"b\"\"\n"));
    assertEquals(0, CsvInput.unclosedQuoteLine("a\"b\n"));
  }
}
