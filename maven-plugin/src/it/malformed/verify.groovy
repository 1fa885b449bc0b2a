// A template that cannot be parsed is an input error: MojoExecutionException naming file, line and column;
// the other template is still scanned.
def log = new File(basedir, 'build.log').text

assert log =~ /\[ERROR\] infra\/broken\.yaml:7:\d+: .*flow sequence/
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.isolint:isolint-maven-plugin:[^ ]+:check .*isolint: 1 input error/
assert log =~ /  infra\/broken\.yaml:7:\d+: /
assert log.contains('MojoExecutionException')
assert log.contains('2 files, 1 SageMaker model(s): 0 FAIL, 0 UNKNOWN, 1 PASS, 0 suppressed, 1 input error(s)')
