#!/usr/bin/env bash
# Builds and runs every benchmark: the JMH suites (with the allocation profiler), the cold-start harness (every
# program on the shared benchmarks jar, then each on its own side's jars) and the per-side runtime footprint.
# Three sides: the SDK, the hand-written OkHttp + Jackson call, and (Didit) the client generated from Didit's
# OpenAPI excerpt. Results go to benchmarks/target/results/. Takes about 35 minutes on 2 cores; run on an otherwise
# idle machine.
#   scripts/run-benchmarks.sh            full run (the numbers in docs/performance.md)
#   scripts/run-benchmarks.sh --smoke    one short iteration of everything (what CI runs, via BenchmarkSmokeTest)
# Start-up attribution and the AppCDS recipe have their own scripts: cold-start-attribution.sh, appcds-recipe.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl benchmarks -am -DskipTests package
out=benchmarks/target/results
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar
classpath=benchmarks/target/runtime-classpath.txt
if [ "${1:-}" = "--smoke" ]; then
  java -jar "$jar" -f 0 -wi 0 -i 1 -r 200ms
  java -cp "$jar" dev.onboardkit.benchmarks.ColdStartRunner 1
  java -cp "$jar" dev.onboardkit.benchmarks.Footprint "$classpath"
  exit 0
fi
java -jar "$jar" 'InProcessBenchmark|ErrorPathBenchmark|AutoPagingBenchmark' \
  -f 2 -wi 5 -w 2s -i 5 -r 2s -prof gc -rf json -rff "$out/in-process.json" | tee "$out/in-process.txt"
java -jar "$jar" 'LoopbackBenchmark' -f 2 -wi 8 -w 5s -i 5 -r 5s -rf json -rff "$out/loopback.json" \
  | tee "$out/loopback.txt"
java -cp "$jar" dev.onboardkit.benchmarks.ColdStartRunner 15 | tee "$out/cold-start.txt"
java -cp "$jar" dev.onboardkit.benchmarks.ColdStartRunner 15 --own-classpath "$classpath" \
  | tee "$out/cold-start-own-classpath.txt"
java -cp "$jar" dev.onboardkit.benchmarks.Footprint "$classpath" | tee "$out/footprint.txt"
