#!/usr/bin/env bash
# The KVM backend's notify round trip (JMH KvmBenchmark.notifyRoundTrip: KVM_RUN exit, CommandChannel.run()
# in Java, KVM_RUN again) between two runs of the same loop from C (src/main/c/kvm_notify.c), in one run;
# prints both and the ratio, then the in-kernel eventfd notify rate (KvmBenchmark.eventfdNotifies).
# Needs /dev/kvm. Build first:
# JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -q package -DskipTests -pl examples/benchmarks -am
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O2 -Wall -o "$work/kvm_notify" "$here/src/main/c/kvm_notify.c"
c_before=$("$work/kvm_notify" 200000 3 | tail -1 | awk '{print $5}')
"$java" -jar "$here/target/benchmarks.jar" 'KvmBenchmark' -f 1 -wi 3 -i 5 -w 2s -r 2s \
    -prof gc -rf json -rff "$work/jmh.json" "$@" | grep -E 'KvmBenchmark|alloc.rate.norm'
c_after=$("$work/kvm_notify" 200000 3 | tail -1 | awk '{print $5}')
java_ns=$(python3 -c "
import json,sys
for r in json.load(open('$work/jmh.json')):
    if r['benchmark'].endswith('notifyRoundTrip'):
        print(r['primaryMetric']['score'])")
c_ns=$(echo "$c_before $c_after" | awk '{print ($1 + $2) / 2}')
echo "C KVM_RUN loop: $c_before / $c_after ns (mean $c_ns); runtime: $java_ns ns; ratio $(echo "$java_ns $c_ns" | awk '{printf "%.3f", $1 / $2}')"
