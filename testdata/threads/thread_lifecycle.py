# A thread's life as threading shows it: repr states, is_alive around
# join(timeout), ident/native_id, enumerate() and current_thread() inside
# and outside the thread, renaming, and the checks on misuse.
import threading


def show(t):
    # The ident in the repr differs from run to run.
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "IDENT")
    return r


gate = threading.Event()
seen = {}


def blocked():
    me = threading.current_thread()
    seen["me"] = me
    seen["ident"] = me.ident == threading.get_ident()
    seen["inside"] = sorted(t.name for t in threading.enumerate())
    seen["count"] = threading.active_count()
    seen["alive inside"] = me.is_alive()
    seen["main alive"] = threading.main_thread().is_alive()
    gate.wait()


t = threading.Thread(target=blocked)
print(show(t))
t.daemon = True
print(show(t))
t.daemon = False
t.start()
print(show(t))
print("ident:", isinstance(t.ident, int), "native_id:", isinstance(t.native_id, int))
print("alive:", t.is_alive(), t in threading.enumerate(), threading.active_count())
print("join(0.05):", t.join(0.05), "alive:", t.is_alive())
print("join(-1):", t.join(-1), "alive:", t.is_alive())
print("join(0):", t.join(timeout=0), "alive:", t.is_alive())
gate.set()
t.join()
print(show(t))
print("alive:", t.is_alive(), t in threading.enumerate(), threading.active_count())
print("inside:", seen["me"] is t, seen["ident"], seen["inside"], seen["count"],
      seen["alive inside"], seen["main alive"])
print("join again:", t.join(), t.join(1))

# A daemon thread's repr, and a rename while it runs.
gate2 = threading.Event()
names = []


def renamed():
    gate2.wait()
    names.append(threading.current_thread().name)


d = threading.Thread(target=renamed, name="before", daemon=True)
d.start()
print(show(d))
d.name = "after"
gate2.set()
d.join()
print(show(d), names)

# Default names count every Thread made, started or not.
a = threading.Thread(target=print)
b = threading.Thread(target=lambda: None)
c = threading.Thread()
print(a.name, "|", b.name, "|", c.name)


# A subclass that forgets Thread.__init__.
class Forgetful(threading.Thread):
    def __init__(self):
        pass


f = Forgetful()
for what, call in (("start", f.start), ("join", f.join), ("is_alive", f.is_alive),
                   ("repr", lambda: repr(f)), ("name", lambda: f.name)):
    try:
        call()
    except (RuntimeError, AssertionError) as e:
        print(what, type(e).__name__, e)


# A subclass that overrides run() and __init__ and reads its own state
# from inside.
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.report = None

    def run(self):
        self.report = (self.name, self.n * 2, self.is_alive(),
                       self.ident == threading.get_ident(),
                       threading.current_thread() is self, self.daemon)


ws = [Worker(i) for i in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.report for w in ws])

# Joining the current thread, from inside a thread.
errors = []


def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


s = threading.Thread(target=self_join)
s.start()
s.join()
print(errors)
print("at the end:", [t.name for t in threading.enumerate()], threading.active_count())
