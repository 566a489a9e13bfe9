# An uncaught queue.Empty: CPython names it _queue.Empty.
import queue

q = queue.Queue()
q.put(1)
print(q.get_nowait())
q.get_nowait()
