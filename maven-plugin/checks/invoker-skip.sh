#!/bin/sh
# Checks, with real Maven builds, that both switches skip the plugin's whole invoker cycle and that a
# skipped build leaves nothing behind that breaks the next one:
#   1. `verify -Djbindgen.its.skip=true` (the project's own switch): no IT is built, nothing is
#      installed into or resolved through maven-plugin/target/local-repo, BUILD SUCCESS;
#   2. the same with the invoker plugin's standard `-Dinvoker.skip=true`;
#   3. then a normal `verify` in the same tree (no clean): every IT runs and passes.
# It works on a copy of the tracked files (uncommitted edits included) in a temporary folder. Unit
# tests are skipped (-DskipTests); the invoker does not look at that switch. Takes a few minutes
# (step 3 runs the ITs).
#
# usage: maven-plugin/checks/invoker-skip.sh        exit status 0 when all three hold
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
(cd "$ROOT" && git ls-files -z | xargs -0 cp --parents -t "$WORK")
PLUGIN="$WORK/maven-plugin/target"
LOG="$WORK/build.log"

fail() {
    echo "FAIL: $*"
    echo "--- last lines of the build log ---"
    tail -n 40 "$LOG"
    exit 1
}

build() {
    (cd "$WORK" && mvn -B -pl maven-plugin -am verify -DskipTests "$@") > "$LOG" 2>&1
}

skipped_build() {
    build "$1" || fail "build with $1 failed"
    grep -q "BUILD SUCCESS" "$LOG" || fail "no BUILD SUCCESS with $1"
    if grep -q "Building: " "$LOG"; then fail "an integration test ran with $1"; fi
    [ ! -e "$PLUGIN/it" ] || fail "target/it exists after a build with $1"
    [ ! -e "$PLUGIN/local-repo" ] || fail "target/local-repo exists after a build with $1"
    echo "ok: $1 skips install, runs and verify (no target/it, no target/local-repo)"
}

skipped_build -Djbindgen.its.skip=true
rm -rf "$PLUGIN"
skipped_build -Dinvoker.skip=true

build || fail "the normal build after the skipped ones failed"
passed=$(sed -n 's/.*Passed: \([0-9]*\).*/\1/p' "$LOG" | tail -n 1)
total=$(ls -d "$WORK"/maven-plugin/src/it/*/pom.xml | grep -vc '/setup/pom.xml')
[ "${passed:-0}" -eq "$total" ] || fail "normal build: ${passed:-0} of $total ITs passed"
grep -q "BUILD SUCCESS" "$LOG" || fail "normal build: no BUILD SUCCESS"
echo "ok: the following normal build ran and passed all $total ITs"
