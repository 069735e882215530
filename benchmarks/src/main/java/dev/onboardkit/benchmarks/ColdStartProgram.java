package dev.onboardkit.benchmarks;

/** The cold-start programs: one process each, one create-application call, the decoded id printed. */
enum ColdStartProgram {
  KLARA_SDK(Vendor.KLARA, "sdk", ColdStartSdk.class),
  KLARA_HAND_WRITTEN(Vendor.KLARA, "hand-written", ColdStartBaseline.class),
  DIDIT_SDK(Vendor.DIDIT, "sdk", ColdStartDiditSdk.class),
  DIDIT_HAND_WRITTEN(Vendor.DIDIT, "hand-written", ColdStartDiditBaseline.class),
  DIDIT_GENERATED(Vendor.DIDIT, "generated", ColdStartGenerated.class);

  /** The API a program calls, with the id its canned create response carries. */
  enum Vendor {
    KLARA("550e8400-e29b-41d4-a716-446655440000"),
    DIDIT("b2c3d4e5-6789-01bc-defg-222222222222");

    final String createdId;

    Vendor(String createdId) {
      this.createdId = createdId;
    }

    String baseUrl(LoopbackServer server) {
      return this == KLARA ? server.klaraBaseUrl() : server.diditBaseUrl();
    }
  }

  final Vendor vendor;
  final String side;
  final Class<?> mainClass;

  ColdStartProgram(Vendor vendor, String side, Class<?> mainClass) {
    this.vendor = vendor;
    this.side = side;
    this.mainClass = mainClass;
  }
}
