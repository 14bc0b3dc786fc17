def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert log =~ /\[ERROR\] .*demo\.h:\d+:\d+: error: / : 'build.log lacks: log =~ /\\[ERROR\\] .*demo\\.h:\\d+:\\d+: error: /'
assert log =~ /jbindgen: \d+ errors? in the headers, first at .*demo\.h:\d+:\d+/ : 'build.log lacks: log =~ /jbindgen: \\d+ errors? in the headers, first at .*demo\\.h:\\d+:\\d+/'
def marker = new File(basedir, 'target/second-build.marker').lastModified()
def files = []
gen.eachFile { files << it }
assert files*.name.containsAll(['DemoDev.java', 'DemoMode.java', 'Demo.java'])
files.each { assert it.lastModified() < marker : "${it} touched by the failed build" }
assert new File(gen, 'DemoDev.java').text.contains('num')
true
