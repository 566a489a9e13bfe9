# sys.exit(3) in main: the non-daemon thread finishes, the exit status is 3.
import threading, sys
done = threading.Event()
def w():
    done.wait()
    print("worker sees done")
t = threading.Thread(target=w)
t.start()
done.set()
sys.exit(3)
