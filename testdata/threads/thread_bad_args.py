# A thread whose args are not a sequence fails in the thread: CPython's
# message names the target with its module ("__main__.f()").
import threading


def f(*args, **kwargs):
    print("f", args, kwargs)


class Worker:
    def work(self, *args):
        print("work", args)


t = threading.Thread(target=f, args=[1, 2])
t.start()
t.join()  # one thread at a time: their prints must not interleave
t = threading.Thread(target=f, args="ab", kwargs={"k": 1})
t.start()
t.join()
t = threading.Thread(target=Worker().work, args=None)
t.start()
t.join()
for bad in [lambda: f(*5), lambda: f(**5), lambda: Worker.work(*None), lambda: f(**{"a": 1}, **{"a": 2})]:
    try:
        bad()
    except TypeError as e:
        print(e)
t = threading.Thread(target=f, kwargs=[1])
t.start()
t.join()
t = threading.Thread(target=f, args=5)
t.start()
t.join()
print("end")
