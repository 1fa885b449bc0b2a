// Each project scans its own base directory; the root leaves its modules' directories to them, so every model is
// reported exactly once in the whole build, with paths relative to the project that found it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

def expected = [
    'infra/root.yaml:3 RootModel FAIL',
    'libs/shared.yaml:3 SharedLibModel FAIL',
    'template.yaml:3 ModelA FAIL',
    'cfn/template.json:3 ModelB FAIL',
]
for (finding in expected) {
    def lines = log.readLines().findAll { it.contains('[WARNING] ' + finding + ' \u2014 ') }
    assert lines.size() == 1 : "${finding} logged ${lines.size()} times"
}
assert log.readLines().count { it =~ /\[WARNING\] .* FAIL \u2014 / } == 4
assert !log.contains('thread-safe')
assert log.contains('BUILD SUCCESS')

def addresses = { String dir ->
    def report = new JsonSlurper().parse(new File(basedir, dir + '/target/isolint.json'))
    report.results.collect { it.location.file + ' ' + it.resource.address }.sort()
}
assert addresses('.') == ['infra/root.yaml RootModel', 'libs/shared.yaml SharedLibModel']
assert addresses('service-a') == ['template.yaml ModelA']
assert addresses('libs/service-b') == ['cfn/template.json ModelB']
