# Lesson: producers and consumers around a queue.Queue.
#
# Two producers put work items on a bounded queue; three consumers take
# them, "process" each one (a short sleep stands for I/O), and call
# task_done(). queue.join() returns once every item put has been marked
# done; then one None per consumer tells them to stop.
#
#   minipy examples/producer_consumer.py
#   minipy --gil examples/producer_consumer.py
#   python3 examples/producer_consumer.py
#
# The timings vary from run to run; only the Lesson line is fixed.
import queue
import sys
import threading
import time

PRODUCERS = 2
CONSUMERS = 3
WORK_MS = 5


def producer(q, first, count):
    for item in range(first, first + count):
        q.put(item)  # blocks while the queue is full


def consumer(q, done, lock):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        time.sleep(WORK_MS / 1000)  # the I/O of processing it
        with lock:
            done.append(item * item)
        q.task_done()


def main():
    per_producer = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    total = PRODUCERS * per_producer
    q = queue.Queue(maxsize=10)
    done = []
    lock = threading.Lock()
    start = time.perf_counter()
    consumers = [threading.Thread(target=consumer, args=(q, done, lock)) for _ in range(CONSUMERS)]
    producers = [threading.Thread(target=producer, args=(q, p * per_producer, per_producer))
                 for p in range(PRODUCERS)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    q.join()  # every item put so far has been processed
    took = time.perf_counter() - start
    for _ in consumers:
        q.put(None)
    for t in consumers:
        t.join()
    expected = sum(i * i for i in range(total))
    print(f"{PRODUCERS} producers, {CONSUMERS} consumers, {total} items of {WORK_MS} ms each")
    print(f"processed {len(done)} items, checksum ok: {sum(done) == expected}")
    print(f"took {took:.3f} s (one consumer alone: about {total * WORK_MS / 1000:.2f} s)")
    print("Lesson: a Queue hands work between threads safely; task_done() and join()"
          " tell you when all of it is finished.")


if __name__ == "__main__":
    main()
