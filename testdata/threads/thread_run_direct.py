# Thread.run() called directly runs in the caller and then deletes the target, so starting the thread afterwards fails inside it and a second run() raises AttributeError (as in CPython).
import threading
log = []
t = threading.Thread(target=lambda: log.append(threading.current_thread().name), name="never-started")
t.run()
print(log, t.is_alive(), t.ident)
t.start(); t.join()
print(log)
class T(threading.Thread):
    def run(self):
        log.append(("run", self.name))
T(name="direct").run()
print(log[-1])
u = threading.Thread(target=print, args=("run twice",))
u.run(); u.run()
