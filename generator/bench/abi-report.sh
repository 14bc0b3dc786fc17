#!/usr/bin/env bash
# Whole-process benchmark of the ABI change report (issue 12), with hyperfine, side by side in one run:
#  1. linux/kvm.h (x86_64) against a baseline, after ten edits of the header, compared with writing
#     the plain layout JSON of the same edited header (the report's extra cost);
#  2. the JavaParser pass: the lguest header against its own baseline with one member moved, with and
#     without --abi-old-sources/--abi-sources over examples/launcher and generated-runtime/lguest sources.
# Usage: generator/bench/abi-report.sh   (after building generator/target/jbindgen.jar)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$root/generator/target/jbindgen.jar
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/kvm/linux"
cp /usr/include/linux/kvm.h "$work/kvm/linux/kvm.h"
"$java" -jar "$jar" -I /usr/include/x86_64-linux-gnu -I /usr/include --layout-json "$work/kvm.json" "$work/kvm/linux/kvm.h"
# ten edits: members inserted, a type widened, macro and request values changed
sed -i -e '0,/__u32 irq;/s//__u32 irq; __u32 edit1;/' \
       -e '0,/__u64 flags;/s//__u64 flags; __u64 edit2;/' \
       -e '0,/__u16 pad;/s//__u32 pad;/' \
       -e 's/#define KVM_API_VERSION 12/#define KVM_API_VERSION 13/' \
       -e 's/#define KVM_MEM_LOG_DIRTY_PAGES\t(1UL << 0)/#define KVM_MEM_LOG_DIRTY_PAGES\t(1UL << 3)/' \
       -e '0,/__u32 slot;/s//__u32 slot; __u8 edit3;/' \
       -e 's/#define KVM_EXIT_HLT *5/#define KVM_EXIT_HLT 55/' \
       -e 's/#define KVM_EXIT_IO *2/#define KVM_EXIT_IO 22/' \
       -e '0,/__u64 userspace_addr;/s//__u64 userspace_addr; __u64 edit4;/' \
       -e '0,/__u32 padding;/s//__u64 padding;/' \
       "$work/kvm/linux/kvm.h"
"$java" -jar "$jar" -I /usr/include/x86_64-linux-gnu -I /usr/include --abi-baseline "$work/kvm.json" "$work/kvm/linux/kvm.h" > "$work/kvm-report.txt" || true
head -1 "$work/kvm-report.txt"

lg=$root/generated-runtime/lguest/src/main/c/include/linux/lguest_launcher.h
mkdir -p "$work/lg/linux"
cp "$lg" "$work/lg/linux/lguest_launcher.h"
"$java" -jar "$jar" --target i386 --layout-json "$work/lg.json" -d "$work/lg-old" -p io.jbindgen.lguest.abi \
    --request-enum lguest_req "$work/lg/linux/lguest_launcher.h"
sed -i '0,/__u8 type;/s//__u8 type; __u8 edit;/' "$work/lg/linux/lguest_launcher.h" || true
users=(--abi-sources "$root/examples/launcher/src/main/java" --abi-sources "$root/generated-runtime/lguest/src/main/java")
"$java" -jar "$jar" --target i386 -p io.jbindgen.lguest.abi --request-enum lguest_req --abi-baseline "$work/lg.json" \
    --abi-old-sources "$work/lg-old" "${users[@]}" "$work/lg/linux/lguest_launcher.h" > "$work/lg-report.txt" || true
head -1 "$work/lg-report.txt"
echo "Java sources given for uses (files naming no generated type are not parsed): $(find "$root/examples/launcher/src/main/java" "$root/generated-runtime/lguest/src/main/java" -name '*.java' | wc -l) files"

hyperfine -N --warmup 2 --runs "${RUNS:-10}" -i \
  -n "kvm.h layout JSON" "$java -jar $jar -I /usr/include/x86_64-linux-gnu -I /usr/include --layout-json $work/plain.json $work/kvm/linux/kvm.h" \
  -n "kvm.h ABI report, 10 edits" "$java -jar $jar -I /usr/include/x86_64-linux-gnu -I /usr/include --abi-baseline $work/kvm.json $work/kvm/linux/kvm.h" \
  -n "lguest ABI report, C only" "$java -jar $jar --target i386 --abi-baseline $work/lg.json $work/lg/linux/lguest_launcher.h" \
  -n "lguest ABI report + JavaParser pass" "$java -jar $jar --target i386 -p io.jbindgen.lguest.abi --request-enum lguest_req --abi-baseline $work/lg.json --abi-old-sources $work/lg-old ${users[*]} $work/lg/linux/lguest_launcher.h"
