# Starvation: two threads spin on the CPU while the main thread sleeps 1 ms,
# 30 times. Prints how much later than asked the main thread's sleeps
# returned (p50 and p90, in ms). Under a GIL the two spinners pass the lock
# to each other - the waiter that asks for a drop gets it - and the main
# thread, which never waits a whole interval without a switch, waits until
# it happens to be signalled: CPython 3.11 starves it for tens of ms.
import threading
import time

SAMPLES = 30
stop = False


def spin():
    x = 0
    while not stop:
        for i in range(1000):
            x = (x + i * i) % 1000003


def main():
    global stop
    spinners = [threading.Thread(target=spin) for _ in range(2)]
    for t in spinners:
        t.start()
    time.sleep(0.05)
    late = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        time.sleep(0.001)
        late.append(time.perf_counter() - start - 0.001)
    stop = True
    for t in spinners:
        t.join()
    late.sort()
    print(f"metric p50_ms {late[len(late) // 2] * 1000:.3f}")
    print(f"metric p90_ms {late[len(late) * 9 // 10] * 1000:.3f}")


main()
