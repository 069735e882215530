/** Cursor pagination: one page at a time, or every item lazily through {@link dev.onboardkit.core.paging.CursorPage#autoPager()}. */
package dev.onboardkit.core.paging;
