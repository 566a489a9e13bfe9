# Barrier: workers step through three phases; the action runs once per phase; a timeout breaks it.
import threading
N = 4
results = {}
lock = threading.Lock()
phase_log = []
def on_phase():
    phase_log.append("phase done")
barrier = threading.Barrier(N, action=on_phase)
def worker(i):
    local = []
    for phase in range(3):
        local.append(i * 10 + phase)
        r = barrier.wait()
        assert 0 <= r < N
    with lock:
        results[i] = local
ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
print(phase_log, barrier.n_waiting, barrier.broken, barrier.parties)
b = threading.Barrier(2, timeout=0.02)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, repr(e), b.broken)
b.reset()
print(b.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
