# The program ends when the main thread ends and every non-daemon thread has
# finished; daemon threads do not hold it up.
import threading
import time


def late():
    time.sleep(0.05)
    print("non-daemon thread finished after the main thread")


def forever():
    while True:
        time.sleep(0.01)


threading.Thread(target=late).start()
threading.Thread(target=forever, daemon=True).start()
print("main thread ends")
