package dev.onboardkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a collection or map attribute of an Immutables value type hold null elements or values: a free-form JSON map
 * keeps its nulls, and a request type's {@code @Value.Check} can report a null element by index instead of the
 * constructor rejecting it. Immutables recognises the annotation by its simple name.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface AllowNulls {}
