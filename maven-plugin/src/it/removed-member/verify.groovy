def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert (log =~ /jbindgen: generated \d+ files/).size() == 2 : 'build.log lacks: (log =~ /jbindgen: generated \\d+ files/).size() == 2'
assert !new File(gen, 'DemoDev.java').text.contains('num(')
assert log.contains('COMPILATION ERROR') : 'log.contains("COMPILATION ERROR")'
assert log =~ /App\.java:\[\d+,\d+\] cannot find symbol/ : 'build.log lacks: log =~ /App\\.java:\\[\\d+,\\d+\\] cannot find symbol/'
assert log =~ /symbol: +method num\(/ : 'build.log lacks: log =~ /symbol: +method num\\(/'
true
