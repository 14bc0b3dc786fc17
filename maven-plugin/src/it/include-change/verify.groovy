def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert (log =~ /jbindgen: generated \d+ files/).size() == 2 : 'the included header changed, so the second build regenerates'
assert !log.contains('jbindgen: up to date') : 'build.log lacks: !log.contains("jbindgen: up to date")'
def marker = new File(basedir, 'target/second-build.marker').lastModified()
assert new File(gen, 'DemoDev.java').lastModified() >= marker : 'DemoDev.java rewritten after the include changed'
def state = new File(basedir, 'target/jbindgen/default/state-v1.txt').text
assert state =~ /(?m)^input .*demo_limits\.h$/ : 'the included header is a recorded input'
true
