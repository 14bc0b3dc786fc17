#!/usr/bin/env bash
# One LHREQ_IRQ command through the runtime (JMH CommandBenchmark.irqOnDevNull: the generated
# LguestReqCommands.irq, CommandChannel, the kernel backend) against the same pwrite from a gcc-compiled
# C loop (CommandBenchmark.irqFromC, src/main/resources/c/pwrite_irq_loop.c), both on /dev/null, in one
# JMH run of one JVM; with PwriteOverheadBenchmark's bare downcalls for where the difference goes.
# Prints each score, the allocation per command and the ratio runtime / C.
# Build first: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -q package -DskipTests -pl examples/benchmarks -am
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$java" -jar "$here/target/benchmarks.jar" 'CommandBenchmark.irq|PwriteOverheadBenchmark' -f 3 -wi 3 -i 5 -w 1s -r 1s \
    -prof gc -rf json -rff "$work/jmh.json" "$@" | grep -E '^(CommandBenchmark|PwriteOverhead)' | grep -v 'gc\.\(count\|time\)\|alloc.rate '
python3 - "$work/jmh.json" <<'PY'
import json, sys
scores = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] for r in json.load(open(sys.argv[1]))}
print("runtime irq(5): %.1f ns, C pwrite: %.1f ns, ratio %.3f" % (scores["irqOnDevNull"], scores["irqFromC"],
      scores["irqOnDevNull"] / scores["irqFromC"]))
PY
