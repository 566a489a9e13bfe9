# An uncaught exception in the main thread is printed before the
# interpreter waits for the non-daemon threads (CPython's Py_RunMain prints
# it, then Py_Finalize runs threading._shutdown, which marks the main
# thread as stopped). The thread waits for that mark, so it writes its line
# after the traceback; were the wait done first, both would wait forever.
import sys, threading, time

def late():
    while threading.main_thread().is_alive():
        time.sleep(0.01)
    print("main thread alive:", threading.main_thread().is_alive())
    sys.stderr.write("thread ends after the traceback\n")

threading.Thread(target=late).start()
print("main ends")
raise ValueError("main fails")
