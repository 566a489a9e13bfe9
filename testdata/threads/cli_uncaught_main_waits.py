# An uncaught exception in the main thread prints its traceback; then, as at
# any exit, the interpreter waits for the non-daemon threads (the worker
# below runs until the main thread has ended), and the status is 1.
import threading
import time


def work():
    main = threading.main_thread()
    while main.is_alive():
        time.sleep(0.005)
    print("worker finished after the main thread's exception")


threading.Thread(target=work).start()
print("main raises")
raise RuntimeError("main fails")
