# A threading.excepthook that itself raises: CPython prints
# "Exception in threading.excepthook:" and the hook's own error through
# sys.excepthook, with the context suppressed. stderr is captured here so
# that its lines (less the file/line ones, which name threading.py) are
# compared on stdout.
import sys, threading
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
real = sys.stderr
sys.stderr = cap
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name)
    raise RuntimeError("hook itself failed")
threading.excepthook = hook
def w():
    raise KeyError("x")
t = threading.Thread(target=w, name="worker")
t.start(); t.join()
sys.stderr = real
for line in "".join(cap.parts).splitlines():
    if not line.startswith(" "):
        print("stderr:", line)
