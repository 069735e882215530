package dev.onboardkit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance method of a {@link ServiceSpec} class as an endpoint. It takes the endpoint's arguments and
 * returns the {@link ApiOperation} (or {@link PagedOperation}) to run; validation problems are thrown from it as an
 * {@link dev.onboardkit.core.error.InvalidRequestException}. Each generated form has an overload without and one with
 * a trailing {@link dev.onboardkit.core.RequestOptions}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Endpoint {}
