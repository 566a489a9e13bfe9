# a priority-queue scheduler with heapq and classes
import heapq
class Task:
    _seq = 0
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration
        Task._seq += 1
        self.seq = Task._seq
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f'{self.name}(p{self.priority},{self.duration}t)'
class Scheduler:
    def __init__(self):
        self.queue = []
        self.clock = 0
        self.done = []
    def submit(self, task):
        heapq.heappush(self.queue, task)
    def run(self, quantum=3):
        while self.queue:
            t = heapq.heappop(self.queue)
            ran = min(quantum, t.duration)
            self.clock += ran
            t.duration -= ran
            if t.duration:
                t.priority += 1
                print(f't={self.clock:>2} ran {t.name} for {ran}, requeue {t}')
                self.submit(t)
            else:
                print(f't={self.clock:>2} finished {t.name}')
                self.done.append((t.name, self.clock))
s = Scheduler()
for name, p, d in [('backup', 5, 7), ('email', 1, 2), ('build', 2, 5), ('deploy', 2, 3), ('report', 9, 1)]:
    s.submit(Task(name, p, d))
print(sorted(s.queue))
s.run()
print(s.done)
