package dev.onboardkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one definition of a group of endpoints. From it the build generates (see the {@code sdk-codegen} module)
 * the public interfaces {@code api.name}, {@code api.name.WithRawResponse}, {@code api.nameAsync} and
 * {@code api.nameAsync.WithRawResponse}, and their implementations {@code nameImpl} and {@code nameAsyncImpl} next to
 * the annotated class.
 *
 * <p>The annotated class's javadoc becomes the service's; each {@link Endpoint} method's javadoc becomes the plain
 * method's, and the other forms link to it. Write type references in javadoc so that they resolve in {@code api}:
 * simple names for types of that package, fully-qualified names otherwise.
 *
 * <p>Each endpoint's operation id, which request listeners and metrics see, is {@link #operations()}, a dot and the
 * method name ({@code klara.applications.create}); the implementations hold it as a constant and pass it with every
 * call. Overloads of one method share their id.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface ServiceSpec {
  /**
   * The package of the generated interfaces, such as {@code dev.onboardkit.klara.applications}.
   *
   * @return the package name
   */
  String api();

  /**
   * The simple name of the generated blocking interface, such as {@code KlaraApplicationService}.
   *
   * @return the interface name
   */
  String name();

  /**
   * The prefix of this group's operation ids: the vendor and the accessors that reach the service, such as
   * {@code klara.applications} ({@code client.applications()}) or {@code klara.applications.documents}. Lower camel
   * case segments joined by dots. Operation ids are metric tags and span names: keep them stable.
   *
   * @return the operation id prefix
   */
  String operations();
}
