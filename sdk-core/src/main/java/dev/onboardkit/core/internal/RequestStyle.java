package dev.onboardkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.onboardkit.core.error.NullArgumentException;
import org.immutables.value.Value;

/**
 * Immutables style for request types. Builders accept nulls and missing values (nothing throws a
 * {@code NullPointerException}); the type's {@code @Value.Check} method then reports every problem in one
 * {@link dev.onboardkit.core.error.InvalidRequestException}. Implementations are package-private: users see the
 * documented abstract type and its nested {@code Builder}.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    optionalAcceptNullable = true,
    forceJacksonPropertyNames = false,
    redactedMask = "****",
    throwForNullPointer = NullArgumentException.class,
    defaults = @Value.Immutable(copy = false))
public @interface RequestStyle {}
