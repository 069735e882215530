package dev.onboardkit.didit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a collection attribute of an Immutables value type hold null elements, so that the type's
 * {@code @Value.Check} can report them by index instead of the constructor rejecting them. Immutables recognises the
 * annotation by its simple name.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface AllowNulls {}
