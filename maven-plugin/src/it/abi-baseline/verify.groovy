def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'src/main/c/demo.abi.json')
def report = new File(basedir, 'target/jbindgen/default/abi-report.txt')

def expect = { String text -> assert log.contains(text) : 'build.log lacks: ' + text }
assert baseline.isFile() : 'step 1 wrote the baseline'
assert baseline.text.contains('"schemaVersion": 2') && baseline.text.contains('"struct demo_dev"')
expect('ABI baseline ' + baseline.canonicalPath + ' rewritten from the current header')
expect('0 ABI changes, 0 incompatible, 0 uses in the project\'s code')
// step 3: fails, naming the header line of the moved member and the use sites in App.java
expect('incompatible ABI change against ' + baseline.canonicalPath)
expect('num: offset moved from 2 to 4  (' + new File(basedir, 'src/main/c/demo.h').canonicalPath + ':10)')
expect('src/main/java/it/app/App.java:17:17: uses DemoDev.num(int), whose offset moved from 2 to 4 in struct demo_dev')
expect('src/main/java/it/app/App.java:18:37: uses DemoDev.num(), whose offset moved from 2 to 4 in struct demo_dev')
expect('<acceptedAbiChange>MEMBER_MOVED struct demo_dev.num</acceptedAbiChange>')
// step 4: accepted, passes with the summary as a warning
expect('3 incompatible (3 accepted)')
assert report.isFile() && new File(basedir, 'target/jbindgen/default/abi-report.json').isFile()
assert report.text.contains('MEMBER_MOVED') || report.text.contains('offset moved from 2 to 4')
// step 5: up to date, so no report work: the summary lines are those of steps 2, 3 and 4
assert (log =~ /jbindgen: \S+demo\.h: \d+ ABI changes?, /).size() == 3 : 'a summary line per comparing build'
assert log.contains('jbindgen: up to date') : 'step 5 is up to date'
true
