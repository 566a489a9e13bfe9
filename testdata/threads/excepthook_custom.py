# threading.excepthook replaced and restored; SystemExit in a thread is silent.
import threading
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, args.exc_traceback is not None))
old = threading.excepthook
threading.excepthook = hook
def boom(x):
    raise ValueError(f"bad {x}")
for i in range(3):
    t = threading.Thread(target=boom, args=(i,), name=f"b{i}")
    t.start(); t.join()
print(sorted(seen))
threading.excepthook = old
print(threading.excepthook is threading.__excepthook__)
def sysexit():
    raise SystemExit(3)
t = threading.Thread(target=sysexit); t.start(); t.join()
print("SystemExit in thread is silent")
print(type(threading.ExceptHookArgs).__name__ if hasattr(threading, "ExceptHookArgs") else "none")
