// failOnViolation=false: the finding is a warning, the build passes, the report is still written.
def log = new File(basedir, 'build.log').text

assert log.contains('[WARNING] infra/model.yaml:4 InsecureModel FAIL \u2014 SageMaker model InsecureModel has network isolation disabled')
assert !log.contains('[ERROR]')
assert log.contains('1 FAIL, 0 UNKNOWN, 1 PASS')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/isolint.sarif').text.contains('InsecureModel')
