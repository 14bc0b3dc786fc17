def gen = new File(basedir, 'target/generated-sources/jbindgen/it/ctl')

// the two ctl.h headers share the package: their constants classes are named by folder
assert new File(gen, 'DevCtl.java').isFile()
assert new File(gen, 'ArchCtl.java').isFile()
// includeConstants CTL_*: only matching constants, each in the class of the header that declares it
def dev = new File(gen, 'DevCtl.java').text
def arch = new File(gen, 'ArchCtl.java').text
assert dev.contains('CTL_VERSION') : dev
assert !dev.contains('DEV_FLAGS') : dev
assert !dev.contains('CTL_ARCH_MAX') : 'CTL_ARCH_MAX belongs to arch/ctl.h: ' + dev
assert arch.contains('CTL_ARCH_MAX') : arch
assert !arch.contains('ARCH_ONLY') : arch
// records: arch_regs once (reached from dev/ctl.h, declared in arch/ctl.h); ctl_secret excluded
assert new File(gen, 'ArchRegs.java').isFile()
assert new File(gen, 'CtlState.java').isFile()
assert new File(gen, 'ArchUnused.java').isFile()
assert !new File(gen, 'CtlSecret.java').exists()
assert new File(basedir, 'target/classes/it/app/App.class').isFile()
assert new File(basedir, 'target/classes/it/ctl/CtlState.class').isFile()
true
