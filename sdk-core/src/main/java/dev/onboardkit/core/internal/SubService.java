package dev.onboardkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a no-argument instance method of a {@link ServiceSpec} class that returns another {@link ServiceSpec} class: the
 * generated service then has an accessor of the same name returning that service (and each view the matching view),
 * such as {@code applications().documents()}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface SubService {}
