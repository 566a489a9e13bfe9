# A RepeatTimer (Timer subclass whose run loops on finished.wait) and several threads joining one.
import threading, time
class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
ticks = []
t = RepeatTimer(0.005, ticks.append, args=("tick",))
t.start()
while len(ticks) < 3:
    time.sleep(0.001)
t.cancel()
t.join()
print(ticks[:3], t.is_alive(), t.finished.is_set())
waiters_done = []
target = threading.Thread(target=time.sleep, args=(0.02,))
target.start()
def joiner(i):
    target.join()
    waiters_done.append(i)
js = [threading.Thread(target=joiner, args=(i,)) for i in range(3)]
for j in js: j.start()
for j in js: j.join()
print(sorted(waiters_done), target.is_alive())
