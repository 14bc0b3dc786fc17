#!/usr/bin/env bash
# Digest of everything jbindgen generates over the kernel header corpus, to prove that a refactoring
# changes no byte: every uapi header (linux/, asm/, asm-generic/, drm/, ... of each target's sysroot) as
# its own request through the library API, for every target whose sysroot is installed (one line per
# generated file: sha256, target, header, path; one per header for its diagnostics); the seed header
# as the golden files are generated (x86_64, i386, with enum lguest_req as a request set); plus one
# command-line run over /usr/include/linux/*.h with --layout-json DIR, --layout-text and -d (the files
# it writes, its stdout, stderr and exit status).
#
#   generator/bench/digest.sh OUT.txt        # then: diff before.txt after.txt
#
# Environment: JAVA (default $JAVA_HOME/bin/java, else Temurin 25), JAR (default generator/target/jbindgen.jar),
# CORPUS (default /usr/include/linux: the command-line run), TARGETS (default all eight).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
java=${JAVA:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
jar=${JAR:-$root/generator/target/jbindgen.jar}
corpus=${CORPUS:-/usr/include/linux}
out=${1:?usage: digest.sh OUT.txt}
[[ -f $jar ]] || { echo "digest: $jar not found; build it with: mvn -B -q package -pl generator -DskipTests" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

{
    for t in ${TARGETS:-x86_64 i386 aarch64 s390x armhf riscv64 ppc64el mips64el}; do
        case $t in
            x86_64) dirs="/usr/include/x86_64-linux-gnu /usr/include" ;;
            i386) dirs=/usr/i686-linux-gnu/include ;;
            aarch64) dirs=/usr/aarch64-linux-gnu/include ;;
            s390x) dirs=/usr/s390x-linux-gnu/include ;;
            armhf) dirs=/usr/arm-linux-gnueabihf/include ;;
            riscv64) dirs=/usr/riscv64-linux-gnu/include ;;
            ppc64el) dirs=/usr/powerpc64le-linux-gnu/include ;;
            mips64el) dirs=/usr/mips64el-linux-gnuabi64/include ;;
        esac
        # shellcheck disable=SC2086
        "$java" -Xss16m -cp "$jar" "$here/CorpusDigest.java" --uapi "$t" $dirs
    done
    seed=$root/generated-runtime/lguest/src/main/c/include/linux/lguest_launcher.h
    "$java" -Xss16m -cp "$jar" "$here/CorpusDigest.java" --golden x86_64 "$seed"
    "$java" -Xss16m -cp "$jar" "$here/CorpusDigest.java" --golden i386 "$seed"
    status=0
    (cd "$work" && "$java" -jar "$jar" --layout-json json --layout-text -d java -p corpus \
        -I /usr/include/x86_64-linux-gnu -I /usr/include "$corpus"/*.h >stdout 2>stderr) || status=$?
    echo "cli exit $status"
    (cd "$work" && find json java -type f -print0 | sort -z | xargs -0 sha256sum | sed 's/^/cli /')
    (cd "$work" && sha256sum stdout stderr | sed 's/^/cli /')
} >"$out"
echo "digest: $(wc -l <"$out") lines in $out"
