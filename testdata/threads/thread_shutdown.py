# At exit the interpreter waits for non-daemon threads, including those
# started by other threads after the main program ended, and not for daemon
# threads; a thread joining the main thread is released when the main
# program ends.
import threading

forever = threading.Event()
main_joined = threading.Event()
child_said = threading.Event()


def daemon_body():
    forever.wait()
    print("never printed")


threading.Thread(target=daemon_body, daemon=True).start()


def waits_for_main():
    threading.main_thread().join()
    print("main thread joined, alive:", threading.main_thread().is_alive())
    print(repr(threading.main_thread()).split(",")[1].split()[0])
    main_joined.set()


def grandchild():
    child_said.wait()
    print("grandchild done", threading.current_thread().daemon)


def child():
    main_joined.wait()
    g = threading.Thread(target=grandchild)
    g.start()
    print("child started grandchild")
    child_said.set()


threading.Thread(target=waits_for_main).start()
threading.Thread(target=child).start()
print("main program ends with", threading.active_count(), "threads")
