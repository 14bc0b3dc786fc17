def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert (log =~ /jbindgen: generated \d+ files/).size() == 2 : 'a header newly shadowing the included one is a change, so the second build regenerates'
assert !log.contains('jbindgen: up to date') : 'build.log lacks: !log.contains("jbindgen: up to date")'
assert new File(gen, 'DemoDev.java').text.contains('SLOTS_LENGTH = 9;') : 'the second build includes override/demo_limits.h'
def state = new File(basedir, 'target/jbindgen/default/state-v1.txt').text
assert state =~ /(?m)^input .*override\/demo_limits\.h$/ : 'the shadowing header is a recorded input'
true
