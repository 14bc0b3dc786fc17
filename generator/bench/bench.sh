#!/usr/bin/env bash
# Whole-process wall-clock times of the jbindgen command line (JVM start-up included):
#   1. the seed header (lguest_launcher.h) with --layout-json
#   2. linux/kvm.h with --layout-json and -I to the system headers
#   3. every /usr/include/linux/*.h in one process with --layout-json DIR
#   4. linux/kvm.h generating Java (-d DIR -p PACKAGE): what users run
#   5. every /usr/include/linux/*.h generating Java in one process (-d DIR; headers whose files collide
#      with an earlier header's report an error, the others are written)
# Each case runs twice over: as the contract command (`java -jar jbindgen.jar ...`, no JVM option:
# what the targets are about) and tuned for start-up (serial GC, C1 only, a class-data cache). Each
# runs once untimed (which writes the AppCDS archive or AOT cache), then RUNS times; the median is
# reported, with the mean CPU time (user+sys), which a loaded machine inflates less.
# Uses hyperfine when installed, else a bash loop over `date +%s%N`.
#
# Environment: JAVA (default $JAVA_HOME/bin/java, else Temurin 25), JAR (default
# generator/target/jbindgen.jar), RUNS (default 5), SEED (the seed header), PROFILES (default
# "contract tuned"), CACHE for the tuned runs (cds: AppCDS archive, the default; aot: JDK 25 AOT
# cache trained by the untimed run; none), JVM_OPTS (extra JVM options of the tuned runs, e.g.
# "-XX:TieredStopAtLevel=4" to allow C2 again).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
jar=${JAR:-$root/generator/target/jbindgen.jar}
runs=${RUNS:-5}
seed=${SEED:-}
if [[ -z $seed ]]; then
    for candidate in "$root/generated-runtime/lguest/src/main/c/include/linux/lguest_launcher.h" \
                     "$root/../shared/seed/lguest_launcher.h" /work/shared/seed/lguest_launcher.h; do
        if [[ -f $candidate ]]; then seed=$candidate; break; fi
    done
fi
[[ -f $jar ]] || { echo "bench: $jar not found; build it with: mvn -B -q package -pl generator -DskipTests" >&2; exit 2; }
[[ -f $seed ]] || { echo "bench: seed header not found; set SEED=path/to/lguest_launcher.h" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tuned=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
# shellcheck disable=SC2206
tuned+=(${JVM_OPTS:-})
case ${CACHE:-cds} in
    cds) # AppCDS: the first run writes the archive, later runs map the pre-parsed classes. JDK 25 does
        # not rewrite an archive made from an older jar (it just runs without it), so drop a stale one.
        jsa="$root/generator/target/jbindgen.jsa"
        [[ -f $jsa && $jsa -ot $jar ]] && rm -f "$jsa"
        tuned+=(-XX:SharedArchiveFile="$jsa" -XX:+AutoCreateSharedArchive) ;;
    aot) # JDK 25 AOT cache (JEP 483/514/515): classes loaded and linked, method profiles; per case.
        tuned_aot="$work/jbindgen.aot" ;;
    none) ;;
    *) echo "bench: CACHE must be cds, aot or none" >&2; exit 2 ;;
esac
sys=(-I /usr/include/x86_64-linux-gnu -I /usr/include)

median_ms() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

time_case() {
    local name=$1; shift
    local cmd=("$java" "${jvm[@]}" -jar "$jar" "$@")
    local first=("$java" "${train[@]}" -jar "$jar" "$@")
    if [[ -n ${aot:-} ]]; then
        rm -f "$aot"
        first=("$java" "${train[@]}" -XX:AOTCacheOutput="$aot" -jar "$jar" "$@")
        cmd=("$java" "${jvm[@]}" -XX:AOTCache="$aot" -jar "$jar" "$@")
    fi
    local status=0
    "${first[@]}" >/dev/null 2>"$work/$name.err" || status=$?
    sed -i '/^AOTCache creation\|^Removed temporary AOT/d' "$work/$name.err"
    local errors
    errors=$(grep -c ': error: ' "$work/$name.err" || true)
    if command -v hyperfine >/dev/null; then
        hyperfine --runs "$runs" --warmup 1 -N --ignore-failure --export-json "$work/$name.hyperfine.json" \
            "$(printf '%q ' "${cmd[@]}")" >/dev/null 2>"$work/$name.hyperfine.err"
        local ms
        ms=$(python3 -c "import json,sys; r = json.load(open(sys.argv[1]))['results'][0]; \
print(round(r['median'] * 1000), round(r['min'] * 1000), round(r['max'] * 1000), round((r['user'] + r['system']) * 1000))" \
            "$work/$name.hyperfine.json")
        local med min max cpu
        read -r med min max cpu <<<"$ms"
        printf '%-11s median %6s ms over %d runs (min %s, max %s; mean CPU user+sys %s ms)  exit %d, %s error lines\n' \
            "$name" "$med" "$runs" "$min" "$max" "$cpu" "$status" "$errors"
        return
    fi
    local i t0 t1
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        "${cmd[@]}" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        echo $(((t1 - t0) / 1000000))
    done >"$work/$name.times"
    printf '%-11s median %6s ms over %d runs (min %s, max %s)  exit %d, %s error lines\n' "$name" \
        "$(median_ms <"$work/$name.times")" "$runs" "$(sort -n "$work/$name.times" | head -1)" \
        "$(sort -n "$work/$name.times" | tail -1)" "$status" "$errors"
}

echo "java: $("$java" -version 2>&1 | head -1); jar: $jar; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
for profile in ${PROFILES:-contract tuned}; do
    case $profile in
        contract) jvm=(); aot=""; echo "contract: java -jar jbindgen.jar ... (no JVM option)" ;;
        tuned) jvm=("${tuned[@]}"); aot=${tuned_aot:-}; echo "tuned: ${tuned[*]} (cache: ${CACHE:-cds})" ;;
        *) echo "bench: PROFILES takes contract and tuned" >&2; exit 2 ;;
    esac
    train=("${jvm[@]}")
    time_case seed --layout-json "$work/seed.json" "$seed"
    time_case kvm --layout-json "$work/kvm.json" "${sys[@]}" /usr/include/linux/kvm.h
    time_case corpus --layout-json "$work/corpus" "${sys[@]}" /usr/include/linux/*.h
    time_case kvm-java -d "$work/kvm-java" -p linux.kvm "${sys[@]}" /usr/include/linux/kvm.h
    time_case corpus-java -d "$work/corpus-java" -p linux.uapi "${sys[@]}" /usr/include/linux/*.h
done
