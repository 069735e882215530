package dev.onboardkit.testkit;

import dev.onboardkit.core.Nullable;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit Jupiter extension base: starts a fake server per test or per test class, closes it afterwards, and injects it
 * into test and lifecycle method parameters of its type. Use the vendor subclasses ({@code FakeKlaraServerExtension},
 * {@code FakeDiditServerExtension}, {@code FakeDiditVerificationServerExtension}) with {@code @RegisterExtension}.
 *
 * <p>Works with JUnit Jupiter 5.10 and later, 6 included. The testkit does not bring JUnit along (its dependency is
 * {@code provided}): the extensions run on the JUnit of the test project, so a project on JUnit 5 (Spring Boot 3's,
 * for example) keeps it rather than being moved to JUnit 6, which needs Java 17.
 *
 * <p>Per class: register it in a {@code static} field; the server starts before the first test and stops after the
 * last (shared by {@code @Nested} classes). Registered in an instance field it falls back to one server per test.
 * Per test: register it in an instance field when test methods of one class run concurrently (a static per-test
 * extension holds one server at a time).
 *
 * @param <S> the fake server type
 */
public abstract class FakeServerExtension<S extends FakeServer>
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** When the server starts and stops. */
  public enum Lifecycle {
    /** A fresh server for every test method. */
    PER_TEST,
    /** One server for all tests of the class (register the extension in a static field). */
    PER_CLASS
  }

  private final Lifecycle lifecycle;
  private final Supplier<S> factory;
  private final Class<S> type;
  private final Object lock = new Object();
  private @Nullable S server;
  private int classDepth;
  private boolean startedForTest;

  /**
   * Creates the extension.
   *
   * @param lifecycle per test or per class
   * @param factory starts a server
   * @param type the server type, for parameter injection
   */
  protected FakeServerExtension(Lifecycle lifecycle, Supplier<S> factory, Class<S> type) {
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * Returns the running server.
   *
   * @return the server
   * @throws IllegalStateException if called outside a test (before start or after stop)
   */
  public S server() {
    synchronized (lock) {
      if (server == null) {
        throw new IllegalStateException("the fake server is not running (is the extension registered with "
            + "@RegisterExtension, static for perClass()?)");
      }
      return server;
    }
  }

  /**
   * Returns when this extension starts and stops its server.
   *
   * @return the lifecycle
   */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /**
   * Starts the per-class server (nested classes share it).
   *
   * @param context the JUnit context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    if (lifecycle != Lifecycle.PER_CLASS) {
      return;
    }
    synchronized (lock) {
      if (classDepth++ == 0) {
        server = factory.get();
      }
    }
  }

  /**
   * Stops the per-class server after the outermost class.
   *
   * @param context the JUnit context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    if (lifecycle != Lifecycle.PER_CLASS) {
      return;
    }
    S toClose = null;
    synchronized (lock) {
      if (classDepth > 0 && --classDepth == 0) {
        toClose = server;
        server = null;
      }
    }
    if (toClose != null) {
      toClose.close();
    }
  }

  /**
   * Starts the per-test server (or a per-class server registered in an instance field).
   *
   * @param context the JUnit context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    synchronized (lock) {
      if (lifecycle == Lifecycle.PER_TEST || server == null) {
        if (server != null) {
          server.close();
        }
        server = factory.get();
        startedForTest = true;
      }
    }
  }

  /**
   * Stops the server started for the test.
   *
   * @param context the JUnit context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    S toClose = null;
    synchronized (lock) {
      if (startedForTest) {
        toClose = server;
        server = null;
        startedForTest = false;
      }
    }
    if (toClose != null) {
      toClose.close();
    }
  }

  /**
   * Supports parameters of the server's type.
   *
   * @param parameterContext the parameter
   * @param extensionContext the JUnit context
   * @return true if the parameter has the server's type
   */
  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == type;
  }

  /**
   * Resolves a parameter to the running server.
   *
   * @param parameterContext the parameter
   * @param extensionContext the JUnit context
   * @return the server
   */
  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return server();
  }
}
