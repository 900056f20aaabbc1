evaluate(new File(sharedTests, 'verify-unsupported-junit.groovy'))
