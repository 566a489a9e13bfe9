# singly linked list with __iter__, __len__, __getitem__, __repr__, reverse
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        v, self.head = self.head.value, self.head.next
        self._len -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self._len
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return 'LinkedList(' + ' -> '.join(map(repr, self)) + ')'
l = LinkedList([1, 2, 3])
l.push(0)
print(l, len(l), l[0], l[-1], 2 in l, 9 in l, list(l), sum(l))
print(l.reverse(), l.pop(), l, l == LinkedList([2, 1, 0]), l == [2, 1, 0])
try:
    l[10]
except IndexError as e:
    print('IndexError:', e)
e = LinkedList()
print(e, len(e), bool(e), list(e))
try:
    e.pop()
except IndexError as err:
    print('IndexError:', err)
print(sorted(LinkedList('hello')), max(LinkedList([3, 9, 2])), [x * 2 for x in LinkedList(range(4))])
