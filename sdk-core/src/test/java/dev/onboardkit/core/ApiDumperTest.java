package dev.onboardkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onboardkit.core.support.ApiDumpCheck;
import dev.onboardkit.core.support.ApiDumper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The API guard's dumper and its failure message. */
class ApiDumperTest {
  static class Base<T> {
    public T value() {
      return null;
    }

    protected void hook() {}

    void hidden() {}
  }

  /** A public type with generics, varargs, a throws clause and members inherited from a non-public superclass. */
  public static final class Sample<E extends Comparable<E>> extends Base<String> implements Iterable<E> {
    public static final String NAME = "sample";
    int hiddenField;

    public Sample(List<? super E> in, String... rest) {}

    private Sample() {}

    public <R> Map<String, List<R>> map(Function<? super E, ? extends R> f) throws IOException {
      return Map.of();
    }

    @Override
    public Iterator<E> iterator() {
      return List.<E>of().iterator();
    }
  }

  public enum Colour {
    RED, GREEN;

    public String wire() {
      return name();
    }
  }

  public interface Shape {
    double area();

    default String describe() {
      return "shape";
    }

    static Shape unit() {
      return () -> 1;
    }
  }

  @Test
  void rendersSignaturesWithGenericsModifiersAndInheritedMembersSorted() {
    assertEquals(
        "public static final class dev.onboardkit.core.ApiDumperTest.Sample<E extends java.lang.Comparable<E>>"
            + " implements java.lang.Iterable<E>\n"
            + "  protected void hook()\n"
            + "  public <R> java.util.Map<java.lang.String, java.util.List<R>>"
            + " map(java.util.function.Function<? super E, ? extends R>) throws java.io.IOException\n"
            + "  public Sample(java.util.List<? super E>, java.lang.String...)\n"
            + "  public T value()\n"
            + "  public java.util.Iterator<E> iterator()\n"
            + "  public static final java.lang.String NAME\n",
        ApiDumper.renderType(ApiDumperTest.Sample.class));
  }

  @Test
  void rendersEnumConstantsAndInterfaceMethods() {
    assertEquals(
        "public enum dev.onboardkit.core.ApiDumperTest.Colour\n"
            + "  enum constant GREEN\n"
            + "  enum constant RED\n"
            + "  public java.lang.String wire()\n"
            + "  public static dev.onboardkit.core.ApiDumperTest.Colour valueOf(java.lang.String)\n"
            + "  public static dev.onboardkit.core.ApiDumperTest.Colour[] values()\n",
        ApiDumper.renderType(Colour.class));
    assertEquals(
        "public interface dev.onboardkit.core.ApiDumperTest.Shape\n"
            + "  public default java.lang.String describe()\n"
            + "  public double area()\n"
            + "  public static dev.onboardkit.core.ApiDumperTest.Shape unit()\n",
        ApiDumper.renderType(Shape.class));
  }

  @Test
  void theFailureNamesEachChangedMemberWithItsType() {
    String committed = "module m\n\npublic final class a.A\n  public void gone()\n  public void kept()\n";
    String actual = "module m\n\npublic final class a.A\n  public void added(int)\n  public void kept()\n";
    assertEquals("- public final class a.A :: public void gone()\n+ public final class a.A :: public void added(int)\n",
        ApiDumpCheck.difference(committed, actual));
  }
}
