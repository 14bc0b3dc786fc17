def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert log.contains('jbindgen: skipped') : 'build.log lacks: log.contains("jbindgen: skipped")'
assert !new File(basedir, 'target/generated-sources/jbindgen').exists()
assert !new File(basedir, 'target/jbindgen').exists()
true
