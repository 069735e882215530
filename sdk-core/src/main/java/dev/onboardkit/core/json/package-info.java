/**
 * JSON: the single shared Jackson configuration ({@link dev.onboardkit.core.internal.json.SdkJson}) and the open-enum pattern
 * ({@link dev.onboardkit.core.json.OpenEnum}) every client module follows.
 */
package dev.onboardkit.core.json;
