def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2') : 'log.contains("Using the MultiThreadedBuilder implementation with a thread count of 2")'
assert (log =~ /jbindgen: generated \d+ files/).size() == 2 : 'build.log lacks: (log =~ /jbindgen: generated \\d+ files/).size() == 2'
['one', 'two'].each {
    assert new File(basedir, "${it}/target/generated-sources/jbindgen/it/demo/DemoDev.java").isFile()
    assert new File(basedir, "${it}/target/classes/it/app/App.class").isFile()
}
true
