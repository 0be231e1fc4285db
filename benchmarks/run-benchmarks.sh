#!/usr/bin/env bash
# Runs the JMH benchmarks (or, with "coldstart" as first argument, the cold-start runner) from the
# classes and classpath that `./mvnw -B -pl benchmarks -am verify -DskipTests` left in
# benchmarks/target. Any other arguments go to JMH, e.g.:
#   benchmarks/run-benchmarks.sh CreateRoundTrip -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc
#   benchmarks/run-benchmarks.sh coldstart 15
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
classpath_file="$here/target/benchmark.classpath"
if [[ ! -f "$classpath_file" ]]; then
  echo "No $classpath_file: run ./mvnw -B -pl benchmarks -am verify -DskipTests first." >&2
  exit 1
fi
classpath="$here/target/classes:$(cat "$classpath_file")"
if [[ "${1:-}" == "coldstart" ]]; then
  shift
  exec java -cp "$classpath" ai.mihu.sdk.benchmarks.ColdStartRunner "$@"
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
