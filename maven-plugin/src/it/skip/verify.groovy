// -Disolint.skip=true: the check runs, says it skipped, finds nothing and writes nothing.
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] isolint: skipped')
assert !log.contains('InsecureModel')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/isolint.sarif').exists()
