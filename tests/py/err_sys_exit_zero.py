# sys.exit() and sys.exit(0) end the program successfully: exit code 0, nothing on stderr.
import sys
def main():
    print("doing work")
    if True:
        sys.exit()
    print("not reached")
main()
print("not reached either")
