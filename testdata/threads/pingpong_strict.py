# Two threads take turns through a pair of Semaphores, then a pair of Events: the output order is fixed.
import threading
ping, pong = threading.Semaphore(1), threading.Semaphore(0)
out = []
def player(me, mine, other, n):
    for i in range(n):
        mine.acquire()
        out.append(f"{me}{i}")
        print(me, i)
        other.release()
a = threading.Thread(target=player, args=("ping", ping, pong, 5))
b = threading.Thread(target=player, args=("pong", pong, ping, 5))
b.start(); a.start()
a.join(); b.join()
print(out)
e1, e2 = threading.Event(), threading.Event()
def turn(name, wait_ev, set_ev, n):
    for i in range(n):
        wait_ev.wait(); wait_ev.clear()
        print(name, i, flush=True)
        set_ev.set()
t1 = threading.Thread(target=turn, args=("A", e1, e2, 3))
t2 = threading.Thread(target=turn, args=("B", e2, e1, 3))
t1.start(); t2.start()
e1.set()
t1.join(); t2.join()
