package dev.onboardkit.codegen;

import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates, for every class annotated {@code @dev.onboardkit.core.internal.ServiceSpec}, the public service
 * interfaces (blocking, raw, async, async raw) and their implementations. See {@code ServiceSpec}'s javadoc.
 */
public final class ServiceProcessor extends AbstractProcessor {
  /** Creates the processor (javac does, through the service loader). */
  public ServiceProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ServiceModel.SPEC);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        generate((TypeElement) element);
      }
    }
    return true;
  }

  private void generate(TypeElement spec) {
    try {
      ServiceModel model = ServiceModel.read(spec, processingEnv);
      InterfaceWriter interfaces = new InterfaceWriter(model);
      ImplWriter impls = new ImplWriter(model);
      for (JavaFile file : new JavaFile[] {
          interfaces.syncFile(), interfaces.asyncFile(), impls.syncFile(), impls.asyncFile()}) {
        file.writeTo(processingEnv.getFiler());
      }
    } catch (SpecException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage(), e.element);
    } catch (IOException | RuntimeException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "could not generate the services of " + spec.getQualifiedName() + ": " + e, spec);
    }
  }
}
