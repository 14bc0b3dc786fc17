def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert (log =~ /jbindgen: generated \d+ files/).size() == 2 : 'each execution generates once'
assert (log =~ /jbindgen: up to date/).size() == 2 : 'each execution is up to date in the second build'
assert new File(gen, 'DemoDev.java').isFile()
def other = new File(basedir, 'target/generated-sources/jbindgen/it/other/OtherPair.java')
assert other.isFile()
assert !new File(gen, 'OtherPair.java').exists() && !new File(other.parentFile, 'DemoDev.java').exists()
assert new File(basedir, 'target/jbindgen/lguest/state-v1.txt').isFile()
assert new File(basedir, 'target/jbindgen/other/state-v1.txt').isFile()
assert new File(basedir, 'target/classes/it/app/App.class').isFile()
true
