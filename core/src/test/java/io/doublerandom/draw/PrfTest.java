package io.doublerandom.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PrfTest {
  /** The specified message, built independently of Prf. */
  private static byte[] message(String stream, byte purpose, String id) throws Exception {
    ByteArrayOutputStream tagInput = new ByteArrayOutputStream();
    for (String s : new String[] {"doublerandom/draw/v1", "key-stream", stream}) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      tagInput.write(new byte[] {0, 0, (byte) (b.length >> 8), (byte) b.length});
      tagInput.write(b);
    }
    byte[] tag = java.security.MessageDigest.getInstance("SHA-256")
        .digest(tagInput.toByteArray());
    byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream m = new ByteArrayOutputStream();
    m.write(tag);
    m.write(purpose);
    m.write(new byte[] {0, 0, (byte) (idBytes.length >> 8), (byte) idBytes.length});
    m.write(idBytes);
    return m.toByteArray();
  }

  private static byte[] hmac(byte[] key, byte[] message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message);
  }

  @Test
  void matchesJdkHmacOverTheSpecifiedMessage() throws Exception {
    byte[] seed = Fixtures.seed(1);
    Prf prf = new Prf(seed, "SX-2024-0001");
    for (String id : new String[] {"91140105MA0K00013N", "1", "统一社会信用代码-很长的标识符-超过一个分组的长度-0123456789",
        "140105000012345"}) {
      for (byte purpose : new byte[] {Prf.ORDER, Prf.PIVOT}) {
        byte[] expected = hmac(seed, message("SX-2024-0001", purpose, id));
        assertArrayEquals(expected, prf.compute(purpose, id.getBytes(StandardCharsets.UTF_8)),
            id + " purpose " + purpose);
      }
    }
  }

  @Test
  void anEighteenCharacterIdMakesAFiftyFiveByteMessage() throws Exception {
    assertEquals(55, message("any", Prf.ORDER, "91140105MA0K00013N").length);
  }

  @Test
  void copiesAreIndependentAndAgree() {
    Prf a = new Prf(Fixtures.seed(2), "T");
    Prf b = a.copy();
    byte[] id1 = "91140105MA0K00021H".getBytes(StandardCharsets.UTF_8);
    byte[] id2 = "x".getBytes(StandardCharsets.UTF_8);
    byte[] first = a.compute(Prf.ORDER, id1);
    b.compute(Prf.ORDER, id2);
    assertArrayEquals(first, b.compute(Prf.ORDER, id1));
    assertArrayEquals(first, a.compute(Prf.ORDER, id1));
  }

  @Test
  void streamsSeedsAndPurposesSeparateKeys() {
    byte[] id = "91140105MA0K00021H".getBytes(StandardCharsets.UTF_8);
    byte[] base = new Prf(Fixtures.seed(3), "T1").compute(Prf.ORDER, id);
    assertFalse(Arrays.equals(base, new Prf(Fixtures.seed(3), "T2").compute(Prf.ORDER, id)));
    assertFalse(Arrays.equals(base, new Prf(Fixtures.seed(4), "T1").compute(Prf.ORDER, id)));
    assertFalse(Arrays.equals(base, new Prf(Fixtures.seed(3), "T1").compute(Prf.PIVOT, id)));
  }
}
