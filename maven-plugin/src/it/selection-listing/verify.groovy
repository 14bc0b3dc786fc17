def log = new File(basedir, 'build.log').text
def c = new File(basedir, 'src/main/c').canonicalPath
def dev = "${c}/dev/ctl.h"
def arch = "${c}/arch/ctl.h"

// both builds log the skipped report, the command line's --report-skipped lines, at INFO
def heading = "[INFO] # ${dev} (x86_64): 3 declarations skipped".toString()
def skipped = [
    "[INFO] ${arch}:9: skipped struct arch_unused: declared in ${arch}, which the header includes [not-in-header]",
    "[INFO] ${arch}:5: skipped constant ARCH_ONLY: matches no --include-constant rule [not-included]",
    "[INFO] ${dev}:5: skipped constant DEV_FLAGS: matches no --include-constant rule [not-included]",
]*.toString()
def lines = log.readLines()
assert lines.count { it == heading } == 2 : log
skipped.each { line -> assert lines.count { it == line } == 2 : "missing twice: ${line}\n${log}" }
assert lines.indexOf(heading) + 1 == lines.indexOf(skipped[0]) : 'the declarations follow their heading'

// the first build generates; the second is up to date, runs the selection for the listing only and says so
assert (log =~ /jbindgen: generated \d+ files/).size() == 1 : log
assert log =~ /jbindgen: up to date \(\d+ ms\)/ : log
assert log.contains('[INFO] jbindgen: sources up to date; running the selection for <reportSkipped>/<dumpIncludes> only (no source is written)')
def marker = new File(basedir, 'target/second-build.marker').lastModified()
assert marker > 0
new File(basedir, 'target/generated-sources/jbindgen').eachFileRecurse {
    if (it.isFile()) assert it.lastModified() < marker : "${it} rewritten by the up-to-date build"
}

// the include file: every declaration dev/ctl.h reaches, kept or skipped, as the option that selects it
def dump = new File(basedir, 'target/jbindgen-includes.txt')
assert dump.text == """\
--include-struct arch_regs    # header: ${arch}
--include-struct arch_unused    # header: ${arch}
--include-struct ctl_state    # header: ${dev}
--include-constant CTL_ARCH_MAX    # header: ${arch}
--include-constant ARCH_ONLY    # header: ${arch}
--include-constant CTL_VERSION    # header: ${dev}
--include-constant DEV_FLAGS    # header: ${dev}
""" : dump.text
assert (log =~ /\[INFO\] jbindgen: wrote 7 include lines to .*jbindgen-includes\.txt/).size() == 2 : log

// the selection applied: DEV_FLAGS not generated, the app compiled against what was
def ctl = new File(basedir, 'target/generated-sources/jbindgen/it/ctl/Ctl.java').text
assert ctl.contains('CTL_VERSION') && ctl.contains('CTL_ARCH_MAX') && !ctl.contains('DEV_FLAGS') : ctl
assert !new File(basedir, 'target/generated-sources/jbindgen/it/ctl/ArchUnused.java').exists()
assert new File(basedir, 'target/classes/it/app/App.class').isFile()
true
