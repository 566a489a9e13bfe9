# an LRU cache class built on a dict plus a doubly linked list
class Node:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                print('evict', lru.key)
            n = Node(key, value)
            self.map[key] = n
        self._push_front(n)
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next
    def __repr__(self):
        return 'LRU([' + ', '.join(f'{k}={self.map[k].value}' for k in self) + '])'
c = LRU(3)
for k, v in [('a', 1), ('b', 2), ('c', 3)]:
    c.put(k, v)
print(c)
print(c.get('a'), c)
c.put('d', 4)
print(c, 'b' in c, len(c))
c.put('c', 30)
print(c, c.get('zz', 'miss'), c.get('d'))
c.put('e', 5)
print(c, list(c), c.hits, c.misses)
