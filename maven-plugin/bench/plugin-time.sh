#!/usr/bin/env bash
# Benchmark (not a test): the jbindgen plugin's own time on the lguest-bindings example, once
# regenerating (state removed) and once up to date, as the plugin reports it: the wall-clock time of
# its INFO line and, from its -X debug line, the CPU time of the thread that ran it (the figure that
# means something on a busy machine). Also checks that the up-to-date build wrote no file.
# Usage: maven-plugin/bench/plugin-time.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
runs=${1:-3}
example=examples/lguest-bindings
gen=$example/target/generated-sources/jbindgen
log=$(mktemp)
trap 'rm -f "$log" "$log.marker"' EXIT

build() {
  mvn -B -o -X -pl "$example" -am -DskipTests -Djbindgen.its.skip=true -Denforcer.skip=true verify >"$log" 2>&1 \
    || { tail -50 "$log"; exit 1; }
  info=$(grep -o 'jbindgen: \(generated\|up to date\).*' "$log" | tail -1)
  cpu=$(grep -o 'jbindgen: [0-9]* us CPU' "$log" | tail -1 | grep -o '[0-9]*' | head -1)
  echo "$info; CPU $(awk -v us="$cpu" 'BEGIN { printf "%.1f", us / 1000 }') ms"
}

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
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
