# sys is available for exit; sys.exit inside nested calls unwinds through finally and with blocks.
import sys
class Guard:
    def __enter__(self):
        print("guard enter")
    def __exit__(self, *exc):
        print("guard exit sees", exc[0].__name__)
        return False
def run():
    with Guard():
        try:
            print("about to exit with code 0")
            sys.exit(0)
        finally:
            print("inner finally")
try:
    run()
except SystemExit as e:
    print("SystemExit code:", e.code, repr(e))
print("continuing after catching SystemExit")
