#!/usr/bin/env bash
# AppCDS for a cold start: archives the classes one run of a cold-start program loads, then times runs without and
# with the archive, alternately, and prints the medians. The recipe for users whose start-up matters (serverless, CLI).
#   scripts/appcds-recipe.sh [--no-build] [runs] [programs...]
#     runs      timed runs per variant (default 10), after one discarded run each
#     programs  cold-start main classes (default: ColdStartDiditSdk ColdStartDiditBaseline ColdStartGenerated)
# JAVA_HOME picks the JDK. The archive is made the way that JDK supports best:
#   JDK 13-18  -XX:ArchiveClassesAtExit=app.jsa (one training run), then -XX:SharedArchiveFile=app.jsa
#   JDK 19+    -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=app.jsa (the first run writes it, later runs use
#              it; the JVM rebuilds it when the JDK or class path changes)
#   JDK 25+    also Leyden's AOT cache: -XX:AOTCacheOutput=app.aot (one training run), then -XX:AOTCache=app.aot
# An archive only serves the class path it was made with, given as jars (the shaded benchmarks jar here).
# Results in benchmarks/target/results/appcds/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  mvn -B -q -pl benchmarks -am -DskipTests package
fi
runs=${1:-10}
shift || true
programs=("$@")
[ ${#programs[@]} -gt 0 ] || programs=(ColdStartDiditSdk ColdStartDiditBaseline ColdStartGenerated)

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | tr -d '[:space:]')
jar=$(pwd)/benchmarks/target/benchmarks.jar
out=benchmarks/target/results/appcds
mkdir -p "$out"
rm -f "$out"/*.jsa "$out"/*.aot "$out"/*.stderr.log

"$java" -cp "$jar" dev.onboardkit.benchmarks.LoopbackServer 0 > "$out/server.url" &
server=$!
trap 'kill "$server"' EXIT
for _ in $(seq 100); do [ -s "$out/server.url" ] && break; sleep 0.1; done
klara=$(head -1 "$out/server.url")
didit=${klara%/api/external}/auth/v2

url_of() { case $1 in ColdStartSdk|ColdStartBaseline) echo "$klara" ;; *) echo "$didit" ;; esac; }

run_ms() { # $1 = main class, rest = JVM options; prints wall-clock ms of one run (fails if the program fails)
  local main=$1 start end
  shift
  start=$(date +%s%N)
  "$java" "$@" -cp "$jar" "dev.onboardkit.benchmarks.$main" "$(url_of "$main")" > /dev/null 2>> "$out/$main.stderr.log"
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

report=$out/appcds-jdk$major.txt
echo "AppCDS on JDK $major ($("$java" -version 2>&1 | head -1)), median of $runs runs, ms" | tee "$report"
for main in "${programs[@]}"; do
  declare -A options=([none]="-Xshare:auto")
  if [ "$major" -ge 19 ]; then
    options[appcds]="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$out/$main.jsa"
  else
    options[appcds]="-XX:SharedArchiveFile=$out/$main.jsa"
    run_ms "$main" "-XX:ArchiveClassesAtExit=$out/$main.jsa" > /dev/null
  fi
  if [ "$major" -ge 25 ]; then
    run_ms "$main" "-XX:AOTCacheOutput=$out/$main.aot" > /dev/null
    options[aot]="-XX:AOTCache=$out/$main.aot"
  fi
  variants=(none appcds)
  [ -n "${options[aot]:-}" ] && variants+=(aot)
  declare -A times=()
  for i in $(seq 0 "$runs"); do
    for v in "${variants[@]}"; do
      # shellcheck disable=SC2086 # the options are words on purpose
      ms=$(run_ms "$main" ${options[$v]})
      [ "$i" -gt 0 ] && times[$v]+="$ms "
    done
  done
  line="$main:"
  base=$(echo "${times[none]}" | tr ' ' '\n' | grep . | median)
  for v in "${variants[@]}"; do
    m=$(echo "${times[$v]}" | tr ' ' '\n' | grep . | median)
    line+=" $v $m"
    [ "$v" != none ] && line+=" ($(awk -v a="$m" -v b="$base" 'BEGIN {printf "%.2f", a / b}')x)"
  done
  echo "$line" | tee -a "$report"
  unset options times
done
ls -l "$out"/*.jsa "$out"/*.aot 2>/dev/null | awk '{print $5, $9}' | tee -a "$report"
