// The insecure model fails the build: logged at ERROR with file:line, address, verdict and reason, and listed in
// the MojoFailureException's message; the isolated one is not reported; the report is written before failing.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] infra/model.yaml:4 InsecureModel FAIL \u2014 SageMaker model InsecureModel has network isolation disabled')
assert log.contains('[ERROR]     infra/model.yaml:8: ')
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.isolint:isolint-maven-plugin:[^ ]+:check .*isolint: 1 SageMaker model without proven network isolation/
assert log.contains('  infra/model.yaml:4 InsecureModel FAIL')
assert log.contains('MojoFailureException')
assert !(log =~ /IsolatedModel (FAIL|UNKNOWN)/)
assert log.contains('[INFO] isolint: 1 file, 2 SageMaker model(s): 1 FAIL, 0 UNKNOWN, 1 PASS, 0 suppressed, 0 input error(s); report target/isolint.sarif')

def report = new File(basedir, 'target/isolint.sarif')
assert report.isFile()
assert report.text.contains('InsecureModel')
