# Ctrl-C during Thread.join(): CPython 3.11 releases the lock of the thread
# it was waiting for and marks the thread stopped (bpo-45274). The thread
# runs on, but threading no longer counts it as alive, every other join of
# it returns, and the interpreter exits without waiting for it: the "late"
# line below is never printed.
import os
import threading
import time

SIGINT = 2  # no signal module in minipy


def sleeper():
    time.sleep(5)
    print("late: the interpreter waited for the stopped thread", flush=True)


t = threading.Thread(target=sleeper, name="sleeper")
t.start()
other = []
joiner = threading.Thread(target=lambda: other.append(t.join()), name="joiner")
joiner.start()
# The signal arrives while the main thread waits in join() below.
threading.Timer(0.5, os.kill, (os.getpid(), SIGINT)).start()
try:
    t.join()
    print("join returned")
except KeyboardInterrupt:
    print("interrupted, alive:", t.is_alive())
print(repr(t).replace(str(t.ident), "IDENT"))
t.join()  # a stopped thread: returns at once
print("joined again, alive:", t.is_alive())
joiner.join()
print("the other join returned:", other == [None])
print("still listed:", t in threading.enumerate())

# A join whose timeout is refused stops the thread the same way.
t2 = threading.Thread(target=sleeper, name="sleeper2")
t2.start()
try:
    t2.join(float("nan"))
except ValueError as e:
    print("ValueError:", e, "alive:", t2.is_alive())
# A bad timeout refused before the wait leaves the thread alive.
t3 = threading.Event()
t3_thread = threading.Thread(target=t3.wait, name="waiter")
t3_thread.start()
try:
    t3_thread.join("soon")
except TypeError as e:
    print("TypeError:", e, "alive:", t3_thread.is_alive())
t3.set()
t3_thread.join()
print("waiter alive:", t3_thread.is_alive())
print("main done")
