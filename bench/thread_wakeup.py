# Wake-up latency: a thread sleeps 1 ms, 200 times, while the main thread
# spins on the CPU. Prints how much later than asked each sleep returned
# (p50 and p99, in ms). Under a GIL the woken thread must wait for the
# spinner to drop the lock: up to one switch interval (5 ms) - the convoy
# effect.
import threading
import time

SAMPLES = 200
late = []
done = False


def sleeper():
    global done
    for _ in range(SAMPLES):
        start = time.perf_counter()
        time.sleep(0.001)
        late.append(time.perf_counter() - start - 0.001)
    done = True


def main():
    t = threading.Thread(target=sleeper)
    t.start()
    x = 0
    while not done:
        for i in range(1000):
            x = (x + i) % 1000003
    t.join()
    late.sort()
    print(f"metric p50_ms {late[len(late) // 2] * 1000:.3f}")
    print(f"metric p99_ms {late[len(late) * 99 // 100] * 1000:.3f}")


main()
