#!/usr/bin/env bash
# Where a cold start goes. For each cold-start program (Klara: SDK, hand-written; Didit: SDK, hand-written,
# generated) it records, in separate runs against the loopback server:
#   - every class loaded (-Xlog:class+load), grouped by origin: JDK, OkHttp, Okio, Kotlin, Jackson core/databind/
#     annotations/jdk8/jsr310, Gson, the SDK's Immutables-generated classes, the SDK's own code (core, client);
#     the SDK programs also get the list of SDK classes they load, in load order;
#   - a JFR start-up profile (scripts/cold-start-attribution.jfc: 1 ms execution samples, class loads with stacks),
#     each sample charged to the innermost non-JDK frame, plus `jfr summary`.
# Class counts are exact on any machine; milliseconds only mean something on an idle one. JFR slows the recorded
# run down, so its numbers attribute time, they do not measure it (ColdStartRunner measures).
#   scripts/cold-start-attribution.sh [--no-build]     results in benchmarks/target/results/cold-start-attribution/
# JAVA_HOME picks the JDK the programs run on.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  mvn -B -q -pl benchmarks -am -DskipTests package
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jfr=${JAVA_HOME:+$JAVA_HOME/bin/}jfr
jar=benchmarks/target/benchmarks.jar
out=benchmarks/target/results/cold-start-attribution
mkdir -p "$out"

"$java" -cp "$jar" dev.onboardkit.benchmarks.LoopbackServer 0 > "$out/server.url" &
server=$!
trap 'kill "$server"' EXIT
for _ in $(seq 100); do [ -s "$out/server.url" ] && break; sleep 0.1; done
klara=$(head -1 "$out/server.url")
didit=${klara%/api/external}/auth/v2

attribute() { # $1 = main class, $2 = base URL
  local main=$1 url=$2 pkg=dev.onboardkit.benchmarks
  "$java" "-Xlog:class+load=info:file=$out/$main.classes.log:uptimenanos" -cp "$jar" "$pkg.$main" "$url" > /dev/null
  "$java" "-XX:StartFlightRecording=filename=$out/$main.jfr,settings=scripts/cold-start-attribution.jfc,dumponexit=true" \
    -XX:FlightRecorderOptions=stackdepth=256 -cp "$jar" "$pkg.$main" "$url" > /dev/null 2> "$out/$main.jfr.log"
  {
    echo "== $main: classes loaded"
    "$java" -cp "$jar" "$pkg.StartupAttribution" classes "$out/$main.classes.log"
    echo "== $main: JFR start-up profile"
    "$java" -cp "$jar" "$pkg.StartupAttribution" jfr "$out/$main.jfr"
    echo
  } | tee "$out/$main.attribution.txt"
  "$jfr" summary "$out/$main.jfr" > "$out/$main.jfr-summary.txt"
  sed -n 's/^\[[0-9]*ns\] \(dev\.onboardkit\.\(core\|klara\|didit\)\.[^ ]*\) source:.*/\1/p' "$out/$main.classes.log" \
    > "$out/$main.sdk-classes.txt"
}

attribute ColdStartSdk "$klara"
attribute ColdStartBaseline "$klara"
attribute ColdStartDiditSdk "$didit"
attribute ColdStartDiditBaseline "$didit"
attribute ColdStartGenerated "$didit"
cat "$out"/*.attribution.txt > "$out/summary.txt"
echo "results: $out (summary.txt; per program: .attribution.txt, .classes.log, .jfr, .jfr-summary.txt, .sdk-classes.txt)"
