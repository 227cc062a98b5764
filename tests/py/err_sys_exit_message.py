# sys.exit("message") prints the message to stderr and exits with code 1; SystemExit can be caught.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("now exiting for real")
sys.exit("fatal: configuration missing")
