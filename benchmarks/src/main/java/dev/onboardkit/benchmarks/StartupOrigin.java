package dev.onboardkit.benchmarks;

/** Where a class loaded during a cold start comes from, by its name. */
enum StartupOrigin {
  JDK("JDK"),
  OKHTTP("OkHttp"),
  OKIO("Okio"),
  KOTLIN("Kotlin stdlib"),
  JACKSON_CORE("Jackson core"),
  JACKSON_ANNOTATIONS("Jackson annotations"),
  JACKSON_DATABIND("Jackson databind"),
  JACKSON_JDK8("Jackson jdk8 module"),
  JACKSON_JSR310("Jackson jsr310 module"),
  GSON("Gson"),
  GSON_FIRE("gson-fire"),
  SLF4J("SLF4J"),
  SDK_IMMUTABLES("SDK, Immutables-generated"),
  SDK_CORE("SDK core (own code)"),
  SDK_CLIENT("SDK client (own code)"),
  GENERATED_CLIENT("generated okhttp-gson client"),
  HARNESS("benchmark harness"),
  OTHER("other");

  final String label;

  StartupOrigin(String label) {
    this.label = label;
  }

  /**
   * Returns the origin of a class by its binary name. A lambda or hidden class ({@code Owner$$Lambda/0x...}) counts
   * for its owner.
   */
  static StartupOrigin of(String className) {
    int lambda = className.indexOf("$$Lambda");
    String name = lambda >= 0 ? className.substring(0, lambda) : className;
    if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.")
        || name.startsWith("com.sun.")) {
      return JDK;
    }
    if (name.startsWith("okhttp3.")) {
      return OKHTTP;
    }
    if (name.startsWith("okio.")) {
      return OKIO;
    }
    if (name.startsWith("kotlin.") || name.startsWith("org.jetbrains.")) {
      return KOTLIN;
    }
    if (name.startsWith("com.fasterxml.jackson.core.")) {
      return JACKSON_CORE;
    }
    if (name.startsWith("com.fasterxml.jackson.annotation.")) {
      return JACKSON_ANNOTATIONS;
    }
    if (name.startsWith("com.fasterxml.jackson.databind.")) {
      return JACKSON_DATABIND;
    }
    if (name.startsWith("com.fasterxml.jackson.datatype.jdk8.")) {
      return JACKSON_JDK8;
    }
    if (name.startsWith("com.fasterxml.jackson.datatype.jsr310.")) {
      return JACKSON_JSR310;
    }
    if (name.startsWith("com.google.gson.")) {
      return GSON;
    }
    if (name.startsWith("io.gsonfire.")) {
      return GSON_FIRE;
    }
    if (name.startsWith("org.slf4j.")) {
      return SLF4J;
    }
    if (name.startsWith("dev.onboardkit.benchmarks.generated.")) {
      return GENERATED_CLIENT;
    }
    if (name.startsWith("dev.onboardkit.benchmarks.")) {
      return HARNESS;
    }
    if (name.startsWith("dev.onboardkit.")) {
      String simple = name.substring(name.lastIndexOf('.') + 1);
      if (simple.startsWith("Immutable")) {
        return SDK_IMMUTABLES;
      }
      return name.startsWith("dev.onboardkit.core.") ? SDK_CORE : SDK_CLIENT;
    }
    return OTHER;
  }
}
