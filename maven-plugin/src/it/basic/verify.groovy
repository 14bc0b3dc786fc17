def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

assert new File(gen, 'DemoDev.java').isFile()
assert new File(gen, 'DemoMode.java').isFile()
assert new File(gen, 'Demo.java').isFile()
assert new File(basedir, 'target/classes/it/app/App.class').isFile()
assert new File(basedir, 'target/classes/it/demo/DemoDev.class').isFile()
assert log =~ /jbindgen: generated \d+ files \(\d+ written, 0 deleted\) in \d+ ms/ : 'build.log lacks: log =~ /jbindgen: generated \\d+ files \\(\\d+ written, 0 deleted\\) in \\d+ ms/'
assert new File(basedir, 'target/jbindgen/default/state-v1.txt').isFile()

// Run the consuming code against the runtime the build resolved. gcc (x86_64) gives for
// struct demo_dev { unsigned char type; unsigned short num; } = {7, 300}: sizeof 4, bytes 07 00 2c 01.
def runtimeDir = new File(localRepositoryPath, 'io/jbindgen/jbindgen-runtime')
def runtimeJar = runtimeDir.listFiles().collect { v -> new File(v, "jbindgen-runtime-${v.name}.jar") }.find { it.isFile() }
assert runtimeJar != null : 'no jbindgen-runtime jar under ' + runtimeDir
def java = new File(System.getProperty('java.home'), 'bin/java').path
def cp = new File(basedir, 'target/classes').path + File.pathSeparator + runtimeJar.path
def proc = [java, '--enable-native-access=ALL-UNNAMED', '-cp', cp, 'it.app.App'].execute()
def out = new StringBuilder(), err = new StringBuilder()
proc.waitForProcessOutput(out, err)
assert proc.exitValue() == 0 : 'App failed: ' + err
assert out.toString().trim() == 'sum=324 size=4 bytes=07002c01' : 'App printed: ' + out + err
true
