#!/usr/bin/env bash
# Rewrites each published module's API dump (<module>/api/<module>.api) from the compiled classes. Run it after an
# intended change to the public API and commit the updated files with the change; `mvn verify` fails while a dump and
# the API disagree (see "API guard" in docs/design.md).
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -q -pl sdk-core,klara-client,didit-client,sdk-testkit,onboardkit-spring-boot-starter,onboardkit-spring-boot-test -am \
  -Dapi.update=true -Dtest=ApiDumpTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true "$@" test
