// A clean project passes, logs the summary and writes the report at the default place.
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] isolint: 1 file, 1 SageMaker model(s): 0 FAIL, 0 UNKNOWN, 1 PASS, 0 suppressed, 0 input error(s); report target/isolint.sarif')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]')
assert log.contains('BUILD SUCCESS')

def report = new File(basedir, 'target/isolint.sarif')
assert report.isFile()
assert report.text.contains('"isolint"')
