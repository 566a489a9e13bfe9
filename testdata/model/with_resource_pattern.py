# a resource pool and a transaction implemented with context managers
class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.log = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                self.conn = pool.free.pop(0)
                pool.log.append(f'acquire {self.conn}')
                return self.conn
            def __exit__(self, t, e, tb):
                pool.free.append(self.conn)
                pool.log.append(f'release {self.conn}')
        return Lease()
p = Pool(2)
with p.acquire() as c1:
    with p.acquire() as c2:
        print('using', c1, c2, p.free)
print(p.free, p.log)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, t, e, tb):
        if t is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('rolled back because', repr(e))
            return True
        print('committed')
db = {'a': 1}
with Transaction(db) as s:
    s['b'] = 2
print(db)
with Transaction(db) as s:
    s['c'] = 3
    s['a'] = 100
    raise ValueError('fail midway')
print(db)
