def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jbindgen/it/demo')

def first = new File(basedir, 'target/generated-sources/jbindgen')
def second = new File(basedir, 'target/second-run')
def list = { File root -> def m = [:]; root.eachFileRecurse { if (it.isFile()) m[root.toPath().relativize(it.toPath()).toString()] = it.bytes }; m }
def a = list(first), b = list(second)
assert a.size() >= 3
assert a.keySet() == b.keySet()
a.each { k, v -> assert Arrays.equals(v, b[k]) : "${k} differs between two builds" }
true
