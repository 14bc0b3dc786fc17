def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert (log =~ /jbindgen: generated \d+ files/).size() == 2 : 'the included header changed, so the second build regenerates'
assert !log.contains('jbindgen: up to date') : 'build.log lacks: !log.contains("jbindgen: up to date")'
def marker = new File(basedir, 'target/second-build.marker').lastModified()
assert new File(gen, 'DemoDev.java').lastModified() >= marker : 'DemoDev.java rewritten after the include changed'
def state = new File(basedir, 'target/jbindgen/default/state-v1.txt').text
assert state =~ /(?m)^input .*demo_limits\.h$/ : 'the included header is a recorded input'
def dev = new File(gen, 'DemoDev.java').text
// demo_limits.h went from DEMO_SLOTS 4 to 6: struct demo_dev { unsigned char type; unsigned char slots[6]; }
assert dev =~ /SLOTS_LENGTH = 6L?;/ : 'DemoDev.java has the new array length: ' + (dev =~ /SLOTS_LENGTH = \d+L?;/).collect()
assert dev =~ /long SIZE = 7L;/ : 'DemoDev.java has the new size (1 + 6): ' + (dev =~ /long SIZE = \d+L;/).collect()
true
