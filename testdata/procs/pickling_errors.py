# What cannot cross a process boundary gives pickle's errors, as with
# CPython's spawn start method: lambdas and nested functions, locks,
# generators, and queues or locks sent other than to a starting process.
import multiprocessing as mp
import threading


def identity(x):
    return x


def make_lambda(x):
    return lambda: x


def nested():
    def inner():
        pass
    return inner


def gen():
    yield 1


def show(e):
    # Reprs of functions carry addresses: keep the text before " at 0x".
    text = str(e)
    if " at 0x" in text:
        head, _, tail = text.partition(" at 0x")
        text = head + " at 0x...>" + tail.partition(">")[2]
    print(type(e).__name__ + ":", text, flush=True)


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print(mp.get_start_method(), flush=True)
    try:
        mp.Process(target=lambda: 0).start()
    except Exception as e:
        show(e)
    try:
        mp.Process(target=nested()).start()
    except Exception as e:
        show(e)
    with mp.Pool(1) as pool:
        for bad in [lambda x: x, nested()]:
            try:
                pool.map(bad, [1, 2])
            except Exception as e:
                show(e)
        for arg in [threading.Lock(), threading.RLock(), gen(), mp.Queue(), mp.Lock(),
                    mp.Event(), mp.Value('i', 1)]:
            try:
                pool.apply(identity, (arg,))
            except Exception as e:
                show(e)
        try:
            pool.apply(make_lambda, (1,))
        except Exception as e:
            print(type(e).__name__, flush=True)
        print(pool.apply(identity, (len,)), pool.apply(identity, (threading.Thread,)), flush=True)
