#!/usr/bin/env bash
# Whole-process times of jbindgen on chains of object-like macros, each defined through the one
# before (`#define M<i> (M<i-1> + 1)`), for chain lengths 1,000 to 64,000 (override with SIZES).
# Prints, per length, the median wall time of RUNS runs (default 3) and the time per 1,000 macros,
# so that growth faster than linear shows at a glance. Uses hyperfine when installed.
#
# Environment: JAVA (default $JAVA_HOME/bin/java, else Temurin 25), JAR (default
# generator/target/jbindgen.jar), RUNS, SIZES (default "1000 4000 16000 64000").
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
jar=${JAR:-$root/generator/target/jbindgen.jar}
runs=${RUNS:-3}
sizes=${SIZES:-1000 4000 16000 64000}
[[ -f $jar ]] || { echo "macro-chain: $jar not found; build it with: mvn -B -q package -pl generator -am -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

chain() {
    local n=$1 i
    echo '#define M0 1'
    for ((i = 1; i < n; i++)); do echo "#define M$i (M$((i - 1)) + 1)"; done
}

printf '%8s %12s %16s %10s\n' macros 'median ms' 'ms per 1000' valued
for n in $sizes; do
    header="$work/chain$n.h"
    chain "$n" > "$header"
    cmd=("$java" -jar "$jar" --layout-json "$work/chain$n.json" "$header")
    if command -v hyperfine > /dev/null; then
        hyperfine -N -w 1 -r "$runs" --export-csv "$work/t.csv" "${cmd[*]}" > /dev/null
        ms=$(awk -F, 'NR == 2 { printf "%d", $4 * 1000 }' "$work/t.csv")
    else
        times=()
        for ((r = 0; r < runs; r++)); do
            s=$(date +%s%N); "${cmd[@]}"; e=$(date +%s%N); times+=($(((e - s) / 1000000)))
        done
        ms=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    fi
    valued=$(grep -c '"value"' "$work/chain$n.json" || true)
    printf '%8d %12d %16.1f %10d\n' "$n" "$ms" "$(awk -v m="$ms" -v n="$n" 'BEGIN { printf "%.1f", m * 1000 / n }')" "$valued"
done
