def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text) : 'build.log lacks: ' + text }
expect('demo.h: 2 ABI changes, 0 incompatible, 0 uses in the project\'s code')
assert log =~ /\[WARNING\] jbindgen: \S+demo\.h: 2 ABI changes, 0 incompatible/ : 'the summary is a warning'
expect('compatible    macro added, value 1')
expect('compatible    record added')
assert !log.contains('BUILD FAILURE')
def json = new File(basedir, 'target/jbindgen/default/abi-report.json').text
assert json.contains('"incompatible": false') && json.contains('"kind": "MACRO_ADDED"')
true
