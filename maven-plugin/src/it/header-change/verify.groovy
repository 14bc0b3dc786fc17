def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert (log =~ /jbindgen: generated \d+ files/).size() == 2 : 'build.log lacks: (log =~ /jbindgen: generated \\d+ files/).size() == 2'
def marker = new File(basedir, 'target/second-build.marker').lastModified()
assert new File(gen, 'DemoDev.java').text.contains('irq')
assert new File(gen, 'DemoMode.java').text.contains('DEMO_MODE_SLEEP')
assert new File(basedir, 'target/classes/it/app/App.class').lastModified() >= marker : 'App using the new members compiled'
assert new File(gen, 'DemoStable.java').lastModified() < marker : 'the class of an unchanged struct is not rewritten'
true
