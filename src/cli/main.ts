process.stderr.write("statuskit: no commands yet\n")
process.exitCode = 2
