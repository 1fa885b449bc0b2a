// unknown=warn: a parameter without default and value gives UNKNOWN, reported as a warning, and the build passes.
// The POM's <parameters> override the other parameter's default "false", so that model passes.
def log = new File(basedir, 'build.log').text

assert log.contains('[WARNING] template.yaml:10 DecidedAtDeployTime UNKNOWN \u2014 ')
assert !log.contains('IsolatedByPomParameter FAIL')
assert log.contains('0 FAIL, 1 UNKNOWN, 1 PASS')
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
