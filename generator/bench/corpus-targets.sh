#!/usr/bin/env bash
# Whole-process time of jbindgen on each target's whole uapi tree in one JVM (issue 11's budget: at
# most 10 s per target): every header under linux/, asm/, asm-generic/ and the other uapi folders of the
# target's sysroot, laid out and printed as the text report (to /dev/null), with the sysroot as the
# include path, as the corpus test reads them. Prints per target: headers, wall time, exit status.
#
# Environment: JAVA (default $JAVA_HOME/bin/java, else Temurin 25), JAR (default
# generator/target/jbindgen.jar), TARGETS (default all eight).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
jar=${JAR:-$root/generator/target/jbindgen.jar}
targets=${TARGETS:-x86_64 i386 aarch64 s390x armhf riscv64 ppc64el mips64el}
[[ -f $jar ]] || { echo "corpus-targets: $jar not found; build it with: mvn -B -q package -pl generator -am -DskipTests" >&2; exit 2; }

sysroot() {
    case $1 in
        x86_64) echo "/usr/include/x86_64-linux-gnu /usr/include" ;;
        i386) echo /usr/i686-linux-gnu/include ;;
        aarch64) echo /usr/aarch64-linux-gnu/include ;;
        s390x) echo /usr/s390x-linux-gnu/include ;;
        armhf) echo /usr/arm-linux-gnueabihf/include ;;
        riscv64) echo /usr/riscv64-linux-gnu/include ;;
        ppc64el) echo /usr/powerpc64le-linux-gnu/include ;;
        mips64el) echo /usr/mips64el-linux-gnuabi64/include ;;
    esac
}

for t in $targets; do
    read -r -a dirs <<< "$(sysroot "$t")"
    base=${dirs[-1]}
    [[ -d $base/linux ]] || { echo "$t: no $base/linux (install the target's linux-libc-dev); skipped"; continue; }
    mapfile -t headers < <(cd "$base" && find linux asm asm-generic drm misc mtd rdma scsi sound video xen \
        -name '*.h' 2>/dev/null | sort)
    includes=()
    for d in "${dirs[@]}"; do includes+=(-I "$d"); done
    start=$(date +%s%N)
    (cd "$base" && "$java" -jar "$jar" --target "$t" "${includes[@]}" --layout-text "${headers[@]}" > /dev/null 2>&1)
    status=$?
    end=$(date +%s%N)
    printf '%-9s %4d headers  %6.2f s  exit %d\n' "$t" "${#headers[@]}" "$(echo "($end - $start) / 1000000000" | bc -l)" "$status"
done
