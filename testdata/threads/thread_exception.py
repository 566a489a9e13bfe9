# An exception that ends a thread is reported on stderr, the program goes on;
# threading.excepthook can be replaced.
import threading


def boom(n):
    raise ValueError("bad value %d" % n)


t = threading.Thread(target=boom, args=(1,))
t.start()
t.join()
print("after the failed thread:", t.is_alive())

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = hook
t = threading.Thread(target=boom, args=(2,), name="hooked")
t.start()
t.join()
print(seen)


def leave():
    raise SystemExit(3)


threading.excepthook = threading.__excepthook__
t = threading.Thread(target=leave)
t.start()
t.join()
print("SystemExit in a thread is silent")
print("done")
