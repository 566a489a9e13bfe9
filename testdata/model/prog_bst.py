# binary search tree with __iter__ (in-order), __contains__, __len__, height, delete
class BST:
    class _Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None
    def __init__(self, keys=()):
        self.root, self.size = None, 0
        for k in keys:
            self.add(k)
    def add(self, key):
        if self.root is None:
            self.root = self._Node(key)
        else:
            n = self.root
            while True:
                if key == n.key:
                    return
                side = 'left' if key < n.key else 'right'
                child = getattr(n, side)
                if child is None:
                    setattr(n, side, self._Node(key))
                    break
                n = child
        self.size += 1
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def __len__(self):
        return self.size
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def height(self, n='root'):
        if n == 'root':
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def remove(self, key):
        def rm(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = rm(n.left, key)
            elif key > n.key:
                n.right = rm(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                m = n.right
                while m.left:
                    m = m.left
                n.key = m.key
                n.right = rm(n.right, m.key)
            return n
        self.root = rm(self.root, key)
        self.size -= 1
t = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(list(t), len(t), t.height(), 65 in t, 66 in t)
t.remove(50); t.remove(20)
print(list(t), len(t), t.height(), t.root.key)
try:
    t.remove(999)
except KeyError as e:
    print('KeyError:', e)
words = BST('the quick brown fox jumps over the lazy dog'.split())
print(list(words), len(words), min(words), max(words))
print(list(BST(range(10))), BST(range(10)).height())
