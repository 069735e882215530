package dev.onboardkit.core.internal.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a response attribute that carries a secret without being a {@link dev.onboardkit.core.Secret}, such as a link
 * with a pre-auth code in its query or a presigned download URL: any Jackson mapper writes it as {@code "****"} (a
 * present value) or {@code null} (an empty optional), never the value. Pair it with {@code @Value.Redacted}, which
 * masks it the same way in {@code toString()}. The SDK never serialises response types itself.
 *
 * <p>It also carries {@code @JsonProperty}: Immutables copies the Jackson annotations of an attribute to its generated
 * accessor and builder setter, and a setter without {@code @JsonProperty} would no longer be found when decoding.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
@JacksonAnnotationsInside
@JsonProperty
@JsonSerialize(using = MaskingSerializer.class)
public @interface MaskedInJson {}
