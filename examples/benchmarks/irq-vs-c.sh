#!/usr/bin/env bash
# One LHREQ_IRQ command through the runtime (JMH CommandBenchmark.irqOnDevNull) against the same
# pwrite from C (src/main/c/pwrite_irq.c), both on /dev/null, in one run; prints both and the ratio.
# Build first: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -q package -DskipTests -pl examples/benchmarks -am
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O2 -Wall -o "$work/pwrite_irq" "$here/src/main/c/pwrite_irq.c"
c_before=$("$work/pwrite_irq" 2000000 3 | tail -1 | awk '{print $3}')
"$java" -jar "$here/target/benchmarks.jar" 'CommandBenchmark.irqOnDevNull' -f 1 -wi 3 -i 5 -w 2s -r 2s \
    -prof gc -rf json -rff "$work/jmh.json" "$@" | grep -E 'irqOnDevNull|alloc.rate.norm'
c_after=$("$work/pwrite_irq" 2000000 3 | tail -1 | awk '{print $3}')
java_ns=$(grep -m1 -A3 '"primaryMetric"' "$work/jmh.json" | grep '"score"' | head -1 | tr -dc '0-9.')
c_ns=$(echo "$c_before $c_after" | awk '{print ($1 + $2) / 2}')
echo "C pwrite: $c_before / $c_after ns (mean $c_ns); runtime: $java_ns ns; ratio $(echo "$java_ns $c_ns" | awk '{printf "%.3f", $1 / $2}')"
