# _thread.interrupt_main() only flags a KeyboardInterrupt for the main
# thread (CPython 3.11 sends no signal): a main thread blocked in join() or
# a lock's acquire() is not woken, and the exception is raised once the
# call has returned, still inside its try.
import _thread
import threading
import time

events = []


def finish_later():
    time.sleep(0.6)
    events.append("worker finished")


# interrupt_main while the main thread waits for a thread to end.
t = threading.Thread(target=finish_later)
t.start()
threading.Timer(0.2, _thread.interrupt_main).start()
try:
    t.join()
    print("join returned")
except KeyboardInterrupt:
    print("join interrupted after the thread ended:", events, t.is_alive())

# interrupt_main while the main thread waits for a lock.
lock = threading.Lock()
lock.acquire()


def interrupt_then_release():
    time.sleep(0.2)
    _thread.interrupt_main()
    time.sleep(0.4)
    events.append("lock released")
    lock.release()


helper = threading.Thread(target=interrupt_then_release)
helper.start()
try:
    lock.acquire()
    print("acquire returned")
except KeyboardInterrupt:
    print("acquire interrupted once it had the lock:", events[-1], lock.locked())
helper.join()
print("done")
