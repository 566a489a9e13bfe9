# sys.exit() inside a thread ends only that thread, silently, whatever its
# argument: no traceback, no "Exception in thread", and the program goes on
# to exit with status 0.
import sys
import threading


def work(code):
    print("thread exits with", repr(code))
    sys.exit(code)
    print("not reached")


for code in (None, 4, "a message"):
    t = threading.Thread(target=work, args=(code,))
    t.start()
    t.join()
    print("after it: alive", t.is_alive())
print("main ends")
