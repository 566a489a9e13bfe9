# BaseException.add_note (3.11): a worker adds a note to its error, the
# excepthook reads __notes__, the main thread re-raises with notes of its
# own, which the traceback prints after the exception's line.
import threading

seen = []


def hook(args):
    seen.append((args.thread.name, args.exc_value.__notes__))


threading.excepthook = hook


def work(n):
    try:
        return 10 // n
    except ZeroDivisionError as e:
        e.add_note(f"while dividing by n={n}")
        e.add_note("in thread " + threading.current_thread().name)
        raise


ts = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in (2, 0)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)
for bad in [(), (1,), ("a", "b")]:
    try:
        ValueError().add_note(*bad)
    except TypeError as e:
        print("TypeError:", e)
e = KeyError("k")
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
final = RuntimeError("worker failed")
final.add_note("first note")
final.add_note("second note")
raise final
