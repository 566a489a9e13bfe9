# Pipe(): a duplex connection to a child and back, a one-way pipe,
# poll with and without a timeout, raw bytes, and the end of the stream.
import multiprocessing as mp


def doubler(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            conn.close()
            return
        conn.send(msg * 2)


def writer(w, n):
    for i in range(n):
        w.send_bytes(bytes([65 + i]) * (i + 1))
    w.close()


if __name__ == "__main__":
    parent, child = mp.Pipe()
    p = mp.Process(target=doubler, args=(child,))
    p.start()
    child.close()   # only the child holds its end now
    for msg in [21, "ab", [1, 2], (3,)]:
        parent.send(msg)
        print(parent.recv(), flush=True)
    parent.send("stop")
    print(parent.recv(), flush=True)
    p.join()
    print("poll after the child closed:", parent.poll(1.0), flush=True)
    try:
        parent.recv()
    except EOFError:
        print("EOFError", flush=True)

    r, w = mp.Pipe(duplex=False)
    print("readable/writable:", r.readable, r.writable, w.readable, w.writable, flush=True)
    p = mp.Process(target=writer, args=(w, 4))
    p.start()
    w.close()
    while True:
        try:
            print(r.recv_bytes(), flush=True)
        except EOFError:
            break
    p.join()
    try:
        r.send(1)
    except OSError as e:
        print("OSError", e, flush=True)
    a, b = mp.Pipe()
    print("poll on an empty pipe:", a.poll(), a.poll(0.01), flush=True)
    b.send_bytes(b"0123456789", 2, 3)
    print(a.recv_bytes(), flush=True)
    a.close()
    print("closed:", a.closed, flush=True)
    try:
        a.recv()
    except OSError as e:
        print("OSError", e, flush=True)
