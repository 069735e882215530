/**
 * JSON: the single shared Jackson configuration ({@link dev.onboardkit.core.internal.json.SdkJson}), the open-enum pattern
 * ({@link dev.onboardkit.core.json.OpenEnum}) every client module follows, and {@link dev.onboardkit.core.json.ApiObject},
 * which every response type implements to keep the members its model does not declare.
 */
package dev.onboardkit.core.json;
