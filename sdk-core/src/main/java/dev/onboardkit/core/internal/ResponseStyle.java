package dev.onboardkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Immutables style for response types: strict (a missing required field fails decoding, reported as a
 * {@link dev.onboardkit.core.error.ResponseDecodingException}), snake_case through the shared mapper, secrets masked
 * in {@code toString()}. Implementations are package-private.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    forceJacksonPropertyNames = false,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
public @interface ResponseStyle {}
