# A process killed while it waits in Queue.get() does not keep the queue
# locked: another reader still gets the item.
import multiprocessing as mp
import time


def reader(q, out):
    out.put(q.get())


if __name__ == "__main__":
    q, out = mp.Queue(), mp.Queue()
    first = mp.Process(target=reader, args=(q, out))
    first.start()
    time.sleep(0.5)      # first now waits inside q.get()
    first.kill()
    first.join()
    second = mp.Process(target=reader, args=(q, out))
    second.start()
    q.put("item")
    print(out.get(timeout=10), first.exitcode, flush=True)
    second.join()
