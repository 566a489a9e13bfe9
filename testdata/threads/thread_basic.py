# Thread basics: names, targets, arguments, start/join, liveness, errors.
import threading

results = {}


def work(key, value, scale=1):
    results[key] = value * scale
    results[key + "-name"] = threading.current_thread().name


t1 = threading.Thread(target=work, args=("a", 2), kwargs={"scale": 10})
t2 = threading.Thread(target=work, args=("b", 3))
t3 = threading.Thread(target=work, name="custom", args=("c", 4))
t4 = threading.Thread()
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name)
print("alive before start:", t1.is_alive(), "ident:", t1.ident, "native:", t1.native_id)
print("daemon:", t1.daemon, t4.daemon)
for t in (t1, t2, t3, t4):
    t.start()
for t in (t1, t2, t3, t4):
    t.join()
print("alive after join:", t1.is_alive(), t4.is_alive())
print("ident set:", t1.ident is not None, isinstance(t1.ident, int))
print("native id set:", isinstance(t1.native_id, int))
for k in sorted(results):
    print(k, results[k])

print("main:", threading.current_thread().name, threading.main_thread().name)
print("main is main:", threading.current_thread() is threading.main_thread())
print("active:", threading.active_count(), [t.name for t in threading.enumerate()])
print("get_ident:", threading.get_ident() == threading.main_thread().ident)

try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)

t5 = threading.Thread(target=work, args=("d", 1))
try:
    t5.join()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    t1.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

t5.name = 12
print("renamed:", repr(t5.name))
t5.daemon = True
print("daemon now:", t5.daemon)


def joiner(other):
    other.join()
    results["joined"] = not other.is_alive()


gate = threading.Event()


def slow(key):
    gate.wait()
    results[key] = 5


t6 = threading.Thread(target=slow, args=("e",))
t6.start()
t7 = threading.Thread(target=joiner, args=(t6,))
t7.start()
gate.set()
t7.join()
print("joined from a thread:", results["joined"], results["e"])


class Callable:
    def __call__(self):
        results["callable"] = "called"


t8 = threading.Thread(target=Callable())
print("callable target name:", t8.name)
t8.start()
t8.join()
print(results["callable"])
print("join timeout on finished:", t8.join(0.01), t8.is_alive())
