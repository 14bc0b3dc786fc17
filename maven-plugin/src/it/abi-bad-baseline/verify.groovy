def log = new File(basedir, 'build.log').text
def c = new File(basedir, 'src/main/c').canonicalPath
def expect = { String text -> assert log.contains(text) : 'build.log lacks: ' + text }
expect('jbindgen: unusable <abiBaseline> ' + c + '/bad.json: not valid JSON')
expect('jbindgen: unusable <abiBaseline> ' + c + '/x86_64.json: baseline is for target x86_64, not i386')
expect('jbindgen: unusable <abiBaseline> ' + c + '/v1.json: schema version 1, but this jbindgen reads version 2')
expect('jbindgen: <abiBaseline> ' + c + '/missing.json does not exist; write it with -Djbindgen.updateAbiBaseline=true')
assert !new File(basedir, 'target/generated-sources/jbindgen/it/demo').exists() : 'nothing written'
assert !log.contains('NullPointerException') && !log.contains('internal error')
true
