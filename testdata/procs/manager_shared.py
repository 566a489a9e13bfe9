# Manager().dict() and .list(): shared for real, updated by children and
# by pool workers, read back by the parent.
import multiprocessing as mp


def record(shared, log, key, value):
    shared[key] = value
    log.append(key)


def bump(args):
    shared, key = args
    shared[key] = shared.get(key, 0) + 1
    return key


if __name__ == "__main__":
    with mp.Manager() as manager:
        shared = manager.dict()
        log = manager.list()
        ps = [mp.Process(target=record, args=(shared, log, "k%d" % i, i * i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(shared.items()), flush=True)
        print(sorted(log), len(log), flush=True)
        print(dict(sorted(shared.items())) == {"k0": 0, "k1": 1, "k2": 4, "k3": 9}, flush=True)
        print("k2" in shared, shared["k3"], shared.get("nope", "default"), len(shared), flush=True)
        del shared["k0"]
        shared.update({"z": 26})
        print(sorted(shared.keys()), sorted(shared.values()), flush=True)
        try:
            shared["missing"]
        except KeyError as e:
            print("KeyError", e, flush=True)

        items = manager.list([3, 1, 2])
        items.append(0)
        items.sort()
        print(items[:], items[0], len(items), list(items), flush=True)
        items[0] = "first"
        print(str(items), flush=True)
        try:
            items[10]
        except IndexError as e:
            print("IndexError", e, flush=True)

        counts = manager.dict()
        with mp.Pool(2) as pool:
            keys = pool.map(bump, [(counts, "a"), (counts, "b"), (counts, "c")])
        print(keys, sorted(counts.items()), flush=True)
        ns = manager.Namespace(x=1)
        ns.y = 2
        print(ns.x, ns.y, flush=True)
        val = manager.Value('i', 5)
        val.value = 6
        print(val.value, flush=True)
