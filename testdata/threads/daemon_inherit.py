# A new thread inherits daemon from the thread that creates it.
import threading
out = {}
def child(tag):
    out[tag] = threading.current_thread().daemon
def parent(tag):
    c = threading.Thread(target=child, args=(tag + "-child",))
    c.start(); c.join()
    c2 = threading.Thread(target=child, args=(tag + "-explicit",), daemon=False)
    c2.start(); c2.join()
for d in (True, False):
    p = threading.Thread(target=parent, args=(str(d),), daemon=d)
    p.start(); p.join()
print(sorted(out.items()))
t = threading.Thread(daemon=None)
print(t.daemon)
