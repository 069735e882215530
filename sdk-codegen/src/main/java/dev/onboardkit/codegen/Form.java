package dev.onboardkit.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;

/** The four forms every endpoint is generated in. */
enum Form {
  PLAIN,
  RAW,
  ASYNC,
  ASYNC_RAW;

  static final String RAW_VIEW = "WithRawResponse";

  boolean async() {
    return this == ASYNC || this == ASYNC_RAW;
  }

  boolean raw() {
    return this == RAW || this == ASYNC_RAW;
  }

  /** The interface of this form for a service whose blocking interface is {@code sync}. */
  ClassName interfaceOf(ClassName sync, ClassName async) {
    switch (this) {
      case PLAIN:
        return sync;
      case RAW:
        return sync.nestedClass(RAW_VIEW);
      case ASYNC:
        return async;
      default:
        return async.nestedClass(RAW_VIEW);
    }
  }

  /** What an endpoint returns in this form. */
  TypeName returnType(ServiceModel.EndpointModel endpoint) {
    TypeName value = async() ? endpoint.asyncValueType() : endpoint.plainType();
    if (raw()) {
      value = ParameterizedTypeName.get(Names.API_RESPONSE, value);
    }
    return async() ? ParameterizedTypeName.get(Names.COMPLETABLE_FUTURE, value) : value;
  }
}
