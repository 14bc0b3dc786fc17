#!/usr/bin/env bash
# Digest of everything jbindgen generates over the kernel header corpus, to prove that a refactoring
# changes no byte: every /usr/include/linux/**/*.h as its own request through the library API, for
# x86_64 and i386 (one line per generated file: sha256, target, header, path; one per header for its
# diagnostics), plus one command-line run over /usr/include/linux/*.h with --layout-json DIR,
# --layout-text and -d (the files it writes, its stdout, stderr and exit status).
#
#   generator/bench/digest.sh OUT.txt        # then: diff before.txt after.txt
#
# Environment: JAVA (default $JAVA_HOME/bin/java, else Temurin 25), JAR (default generator/target/jbindgen.jar),
# CORPUS (default /usr/include/linux).
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
    "$java" -Xss16m -cp "$jar" "$here/CorpusDigest.java" "$corpus" x86_64 /usr/include/x86_64-linux-gnu /usr/include
    "$java" -Xss16m -cp "$jar" "$here/CorpusDigest.java" "$corpus" i386 /usr/i686-linux-gnu/include /usr/include
    status=0
    (cd "$work" && "$java" -jar "$jar" --layout-json json --layout-text -d java -p corpus \
        -I /usr/include/x86_64-linux-gnu -I /usr/include "$corpus"/*.h >stdout 2>stderr) || status=$?
    echo "cli exit $status"
    (cd "$work" && find json java -type f -print0 | sort -z | xargs -0 sha256sum | sed 's/^/cli /')
    (cd "$work" && sha256sum stdout stderr | sed 's/^/cli /')
} >"$out"
echo "digest: $(wc -l <"$out") lines in $out"
