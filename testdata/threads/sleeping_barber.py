# The sleeping barber: Semaphores and a bounded waiting room (put_nowait/Full).
import threading, queue
customers = threading.Semaphore(0)
barber_ready = threading.Semaphore(0)
waiting_room = queue.Queue(maxsize=3)
served, turned_away = [], []
lock = threading.Lock()
CLOSING = object()
def barber():
    while True:
        customers.acquire()
        c = waiting_room.get()
        if c is CLOSING:
            return
        barber_ready.release()
        with lock:
            served.append(c)
def customer(i):
    try:
        waiting_room.put_nowait(i)
    except queue.Full:
        with lock:
            turned_away.append(i)
        return
    customers.release()
    barber_ready.acquire()
b = threading.Thread(target=barber); b.start()
for batch in range(4):
    cs = [threading.Thread(target=customer, args=(batch * 3 + j,)) for j in range(3)]
    for c in cs: c.start()
    for c in cs: c.join()
waiting_room.put(CLOSING); customers.release()
b.join()
print(sorted(served), turned_away)
