# Join every thread found by threading.enumerate(); sys.exit and KeyboardInterrupt inside a thread.
import threading, time, sys
results = []
lock = threading.Lock()
def task(n):
    time.sleep(0.001 * (n % 3))
    with lock:
        results.append(n)
for i in range(6):
    threading.Thread(target=task, args=(i,), name=f"task-{i}").start()
main = threading.current_thread()
for t in threading.enumerate():
    if t is not main:
        t.join()
print(sorted(results), threading.active_count())
def exits():
    sys.exit("thread exit message")
    print("not reached")
t = threading.Thread(target=exits); t.start(); t.join()
print("main alive after thread sys.exit")
def raises_base():
    raise KeyboardInterrupt
t = threading.Thread(target=raises_base, name="kb"); t.start(); t.join()
print("after KeyboardInterrupt in thread")
