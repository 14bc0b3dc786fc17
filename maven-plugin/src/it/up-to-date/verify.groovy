def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert (log =~ /jbindgen: generated \d+ files/).size() == 1 : 'first build generates'
assert log =~ /jbindgen: up to date \(\d+ ms\)/ : 'second build is up to date'
def marker = new File(basedir, 'target/second-build.marker').lastModified()
assert marker > 0
def files = []
new File(basedir, 'target/generated-sources/jbindgen').eachFileRecurse { if (it.isFile()) files << it }
assert files.size() >= 3
files.each { assert it.lastModified() < marker : "${it} rewritten by the up-to-date build" }
assert new File(basedir, 'target/jbindgen/default/state-v1.txt').lastModified() < marker
true
