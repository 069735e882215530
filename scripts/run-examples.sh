#!/usr/bin/env bash
# The README's examples command: builds what the examples need and runs them all against the embedded fake
# servers (or the real sandbox when KLARA_API_KEY / DIDIT_EMAIL + DIDIT_PASSWORD are set).
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -q -pl examples -am -DskipTests package exec:java
