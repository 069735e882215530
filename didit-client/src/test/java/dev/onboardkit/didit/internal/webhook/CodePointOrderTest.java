package dev.onboardkit.didit.internal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodePointOrderTest {
  @Test
  void astralCharactersSortAfterTheRestOfTheBasicPlaneUnlikeStringCompareTo() {
    String astral = "\ud83d\ude00";  // U+1F600
    String privateUse = "\ue000";
    assertTrue(astral.compareTo(privateUse) < 0, "UTF-16 order");
    assertTrue(CodePointOrder.compare(astral, privateUse) > 0, "code point order");
    assertTrue(CodePointOrder.compare("\uffff", "\ud800\udc00") < 0);
    assertTrue(CodePointOrder.compare("\ud7ff", "\ud800\udc00") < 0);
    assertTrue(CodePointOrder.compare("a", "ab") < 0);
    assertEquals(0, CodePointOrder.compare("\ud83d\ude00", "\ud83d\ude00"));
  }

  @Test
  void agreesWithComparingCodePointsOnRandomStrings() {
    Random random = new Random(7);
    int[] pool = {'a', 'b', 0x7f, 0xe9, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff};
    for (int i = 0; i < 10_000; i++) {
      String a = randomString(random, pool);
      String b = randomString(random, pool);
      assertEquals(Integer.signum(byCodePoints(a, b)), Integer.signum(CodePointOrder.compare(a, b)), a + " " + b);
    }
  }

  private static String randomString(Random random, int[] pool) {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(4); n > 0; n--) {
      s.appendCodePoint(pool[random.nextInt(pool.length)]);
    }
    return s.toString();
  }

  private static int byCodePoints(String a, String b) {
    List<Integer> x = new ArrayList<>();
    a.codePoints().forEach(x::add);
    List<Integer> y = new ArrayList<>();
    b.codePoints().forEach(y::add);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      if (!x.get(i).equals(y.get(i))) {
        return Integer.compare(x.get(i), y.get(i));
      }
    }
    return Integer.compare(x.size(), y.size());
  }
}
