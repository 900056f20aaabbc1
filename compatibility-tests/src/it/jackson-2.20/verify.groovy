evaluate(new File(sharedTests, 'verify.groovy'))
