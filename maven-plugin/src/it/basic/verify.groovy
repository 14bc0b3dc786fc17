def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert new File(gen, 'DemoDev.java').isFile()
assert new File(gen, 'DemoMode.java').isFile()
assert new File(gen, 'Demo.java').isFile()
assert new File(basedir, 'target/classes/it/app/App.class').isFile()
assert new File(basedir, 'target/classes/it/demo/DemoDev.class').isFile()
assert log =~ /jbindgen: generated \d+ files \(\d+ written, 0 deleted\) in \d+ ms/ : 'build.log lacks: log =~ /jbindgen: generated \\d+ files \\(\\d+ written, 0 deleted\\) in \\d+ ms/'
assert new File(basedir, 'target/jbindgen/default/state-v1.txt').isFile()
true
