# Where threading's excepthooks print: to sys.stderr as it is when the
# thread fails (a replaced one too); when sys.stderr is None, to the
# sys.stderr of when the Thread was made, or nowhere. Lines that name
# threading.py's own frames differ between interpreters and are left out.
import sys
import threading


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def lines(self):
        return [l for l in "".join(self.parts).splitlines() if not l.startswith(" ")]


def fail():
    raise KeyError("x")


def run(name):
    t = threading.Thread(target=fail, name=name)
    t.start()
    t.join()
    return t


cap = Capture()
sys.stderr = cap
run("replaced")
sys.stderr = sys.__stderr__
print(cap.lines())

made_with = Capture()
sys.stderr = made_with
t = threading.Thread(target=fail, name="made-with-capture")
sys.stderr = None
t.start()
t.join()
run("made-with-none")
sys.stderr = sys.__stderr__
print(made_with.lines())


def broken_hook(args):
    raise ValueError("broken hook")


threading.excepthook = broken_hook
cap2 = Capture()
sys.stderr = cap2
run("broken")
print(cap2.lines())
made_with2 = Capture()
sys.stderr = made_with2
t = threading.Thread(target=fail, name="broken, no stderr")
sys.stderr = None
t.start()
t.join()
sys.stderr = sys.__stderr__
print(made_with2.lines())
threading.excepthook = threading.__excepthook__
print("done")
