package dev.onboardkit.klara.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a free-form map attribute of an Immutables value type hold null values, as JSON objects can. Immutables
 * recognises the annotation by its simple name.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD})
public @interface AllowNulls {}
