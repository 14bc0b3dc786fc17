def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'generated/it/demo')

assert log =~ /jbindgen: generated \d+ files \(\d+ written, 1 deleted\)/ : 'build.log lacks: log =~ /jbindgen: generated \\d+ files \\(\\d+ written, 1 deleted\\)/'
assert !new File(gen, 'DemoLegacy.java').exists()
assert new File(gen, 'DemoDev.java').isFile()
assert new File(gen, 'Handwritten.java').isFile() : 'a file jbindgen did not generate is never deleted'
true
