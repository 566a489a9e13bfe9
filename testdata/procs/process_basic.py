# Process: target with args and kwargs, names, exit codes, is_alive, join,
# a subclass overriding run(), current_process and parent_process.
import multiprocessing as mp
import os


def greet(who, punctuation="!"):
    me = mp.current_process()
    print("hello", who + punctuation, "from", me.name, flush=True)
    print("parent is", mp.parent_process().name,
          os.getppid() == mp.parent_process().pid, flush=True)


class Worker(mp.Process):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def run(self):
        print("worker", self.name, "squares", self.n, "->", self.n * self.n, flush=True)


if __name__ == "__main__":
    print(mp.current_process().name, mp.parent_process(), flush=True)
    p = mp.Process(target=greet, args=("world",), kwargs={"punctuation": "?"})
    print(p.name, p.is_alive(), p.exitcode, p.pid, flush=True)
    p.start()
    p.join()
    print(p.name, p.is_alive(), p.exitcode, p.pid != os.getpid(), flush=True)

    named = mp.Process(target=greet, args=("named",), name="custom")
    named.start()
    named.join()
    print(named.name, named.exitcode, flush=True)

    w = Worker(7)
    w.start()
    w.join()
    print(w.name, w.exitcode, flush=True)

    procs = [mp.Process(target=greet, args=(str(i),)) for i in range(3)]
    print([q.name for q in procs], flush=True)
    for q in procs:
        q.start()
        q.join()
    print([q.exitcode for q in procs], flush=True)
    print(mp.active_children(), flush=True)
    d = mp.Process(target=greet, args=("daemon",), daemon=True)
    print(d.daemon, flush=True)
    d.start()
    d.join()
    print(d.exitcode, flush=True)
