package dev.onboardkit.codegen;

import javax.lang.model.element.Element;

/** A malformed service definition, reported as a compile error on the element. */
final class SpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final transient Element element;

  SpecException(Element element, String message) {
    super(message);
    this.element = element;
  }
}
