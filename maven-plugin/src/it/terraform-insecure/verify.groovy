// The insecure Terraform model fails the build, logged at ERROR and listed in the MojoFailureException's message.
def log = new File(basedir, 'build.log').text

assert log.contains('[ERROR] main.tf:2 aws_sagemaker_model.insecure FAIL \u2014 ')
assert log.contains('  main.tf:2 aws_sagemaker_model.insecure FAIL')
assert log.contains('MojoFailureException')
assert new File(basedir, 'target/isolint.sarif').isFile()
