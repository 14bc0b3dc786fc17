#!/usr/bin/env bash
# Benchmark (not a test): the jbindgen plugin's own time on the lguest-bindings example, once
# regenerating (state removed) and once up to date, as the plugin reports it in its INFO line.
# Also checks that the up-to-date build wrote no file. Usage: maven-plugin/bench/plugin-time.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
runs=${1:-3}
example=examples/lguest-bindings
gen=$example/target/generated-sources/jbindgen
log=$(mktemp)
trap 'rm -f "$log" "$log.marker"' EXIT

build() {
  mvn -B -o -pl "$example" -am -DskipTests -Djbindgen.its.skip=true -Denforcer.skip=true verify >"$log" 2>&1 \
    || { cat "$log"; exit 1; }
  grep -o 'jbindgen: .*' "$log" | tail -1
}

for i in $(seq "$runs"); do
  rm -rf "$example/target/jbindgen"
  echo "regenerate: $(build)"
  touch "$log.marker"
  sleep 0.05
  echo "up to date: $(build)"
  written=$(find "$gen" "$example/target/jbindgen" -type f -newer "$log.marker" | wc -l)
  echo "files written by the up-to-date build: $written"
  [ "$written" -eq 0 ] || { echo "up-to-date build wrote files" >&2; exit 1; }
done
