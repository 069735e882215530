package dev.onboardkit.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** What one {@code @ServiceSpec} class declares: the names to generate, its endpoints and its sub-services. */
final class ServiceModel {
  static final String SPEC = "dev.onboardkit.core.internal.ServiceSpec";
  static final String ENDPOINT = "dev.onboardkit.core.internal.Endpoint";
  static final String SUB_SERVICE = "dev.onboardkit.core.internal.SubService";
  static final String API_OPERATION = "dev.onboardkit.core.internal.ApiOperation";
  static final String PAGED_OPERATION = "dev.onboardkit.core.internal.PagedOperation";
  private static final Pattern OPERATIONS = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

  final ClassName spec;
  final ClassName sync;
  final ClassName async;
  final ClassName syncImpl;
  final ClassName asyncImpl;
  /** The prefix of the endpoints' operation ids, such as {@code klara.applications}. */
  final String operations;
  final DocComment doc;
  final List<EndpointModel> endpoints = new ArrayList<>();
  final List<SubServiceModel> subServices = new ArrayList<>();

  private ServiceModel(ClassName spec, String apiPackage, String name, String operations, DocComment doc) {
    this.spec = spec;
    this.sync = ClassName.get(apiPackage, name);
    this.async = ClassName.get(apiPackage, name + "Async");
    this.syncImpl = ClassName.get(spec.packageName(), name + "Impl");
    this.asyncImpl = ClassName.get(spec.packageName(), name + "AsyncImpl");
    this.operations = operations;
    this.doc = doc;
  }

  /** Reads a spec class; problems are reported through {@link SpecException}. */
  static ServiceModel read(TypeElement type, ProcessingEnvironment env) {
    AnnotationMirror annotation = annotation(type, SPEC);
    String operations = value(annotation, "operations");
    if (!OPERATIONS.matcher(operations).matches()) {
      throw new SpecException(type, "operations must be lower camel case segments joined by dots, such as"
          + " klara.applications; got '" + operations + "'");
    }
    ServiceModel model = new ServiceModel(ClassName.get(type), value(annotation, "api"), value(annotation, "name"),
        operations, DocComment.parse(env.getElementUtils().getDocComment(type)));
    for (Element member : type.getEnclosedElements()) {
      if (!(member instanceof ExecutableElement)) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      boolean endpoint = annotation(method, ENDPOINT) != null;
      boolean sub = annotation(method, SUB_SERVICE) != null;
      if (!endpoint && !sub) {
        continue;
      }
      if (method.getModifiers().contains(Modifier.STATIC) || method.getModifiers().contains(Modifier.PRIVATE)) {
        throw new SpecException(method, "an endpoint or sub-service must be a non-private instance method");
      }
      if (endpoint) {
        model.endpoints.add(EndpointModel.read(method, env));
      } else {
        model.subServices.add(SubServiceModel.read(method));
      }
    }
    return model;
  }

  static AnnotationMirror annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }

  private static String value(AnnotationMirror annotation, String key) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : annotation.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(key)) {
        return (String) e.getValue().getValue();
      }
    }
    throw new IllegalStateException("missing " + key);
  }

  /** One endpoint: its name, parameters, what it returns and its documentation. */
  static final class EndpointModel {
    final String name;
    final List<ParameterModel> parameters = new ArrayList<>();
    final boolean paged;
    /** The decoded value; for a paged endpoint, the item type. */
    final TypeName value;
    final DocComment doc;

    private EndpointModel(String name, boolean paged, TypeName value, DocComment doc) {
      this.name = name;
      this.paged = paged;
      this.value = value;
      this.doc = doc;
    }

    static EndpointModel read(ExecutableElement method, ProcessingEnvironment env) {
      TypeMirror returned = method.getReturnType();
      if (returned.getKind() != TypeKind.DECLARED) {
        throw new SpecException(method, "an endpoint returns ApiOperation<T> or PagedOperation<R, T>");
      }
      DeclaredType declared = (DeclaredType) returned;
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      List<? extends TypeMirror> args = declared.getTypeArguments();
      EndpointModel model;
      DocComment doc = DocComment.parse(env.getElementUtils().getDocComment(method));
      if (raw.equals(API_OPERATION)) {
        model = new EndpointModel(method.getSimpleName().toString(), false, TypeName.get(args.get(0)), doc);
      } else if (raw.equals(PAGED_OPERATION)) {
        model = new EndpointModel(method.getSimpleName().toString(), true, TypeName.get(args.get(1)), doc);
      } else {
        throw new SpecException(method, "an endpoint returns ApiOperation<T> or PagedOperation<R, T>");
      }
      if (doc.main.isEmpty() || doc.returns.isEmpty()) {
        throw new SpecException(method, "an endpoint needs javadoc with a description and @return");
      }
      for (VariableElement p : method.getParameters()) {
        String name = p.getSimpleName().toString();
        if (!doc.params.containsKey(name)) {
          throw new SpecException(method, "the javadoc has no @param for " + name);
        }
        model.parameters.add(new ParameterModel(TypeName.get(p.asType()),
            TypeName.get(env.getTypeUtils().erasure(p.asType())), name));
      }
      return model;
    }

    /** The plain form's return type. */
    TypeName plainType() {
      return paged ? ParameterizedTypeName.get(Names.CURSOR_PAGE, value) : value;
    }

    /**
     * The name of the constant holding the operation id in the implementations, such as {@code REFRESH_PRE_AUTH}.
     *
     * @return the constant's name
     */
    String operationConstant() {
      StringBuilder b = new StringBuilder(name.length() + 4);
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (Character.isUpperCase(c) && i > 0) {
          b.append('_');
        }
        b.append(Character.toUpperCase(c));
      }
      return b.toString();
    }

    /** The async form's value type. */
    TypeName asyncValueType() {
      return paged ? ParameterizedTypeName.get(Names.ASYNC_CURSOR_PAGE, value) : value;
    }
  }

  /** One endpoint parameter. */
  static final class ParameterModel {
    final TypeName type;
    final TypeName erasure;
    final String name;

    ParameterModel(TypeName type, TypeName erasure, String name) {
      this.type = type;
      this.erasure = erasure;
      this.name = name;
    }
  }

  /** A nested service, such as {@code documents()} of applications. */
  static final class SubServiceModel {
    final String name;
    final ClassName sync;
    final ClassName async;
    final ClassName syncImpl;
    final ClassName asyncImpl;
    final String doc;

    private SubServiceModel(String name, ClassName sync, ClassName async, ClassName syncImpl, ClassName asyncImpl,
        String doc) {
      this.name = name;
      this.sync = sync;
      this.async = async;
      this.syncImpl = syncImpl;
      this.asyncImpl = asyncImpl;
      this.doc = doc;
    }

    static SubServiceModel read(ExecutableElement method) {
      TypeMirror returned = method.getReturnType();
      Element child = returned.getKind() == TypeKind.DECLARED ? ((DeclaredType) returned).asElement() : null;
      AnnotationMirror spec = child == null ? null : annotation(child, SPEC);
      if (spec == null || !method.getParameters().isEmpty()) {
        throw new SpecException(method, "a sub-service method takes no arguments and returns a @ServiceSpec class");
      }
      String api = value(spec, "api");
      String name = value(spec, "name");
      String childPackage = ClassName.get((TypeElement) child).packageName();
      return new SubServiceModel(method.getSimpleName().toString(), ClassName.get(api, name),
          ClassName.get(api, name + "Async"), ClassName.get(childPackage, name + "Impl"),
          ClassName.get(childPackage, name + "AsyncImpl"), method.getSimpleName().toString());
    }
  }
}
