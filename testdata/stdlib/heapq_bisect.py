import heapq
import bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)
print(heapreplace(data, 10), data)
print(heappushpop(data, -1), heappushpop(data, 4), data)
print(nlargest(3, [5, 1, 8, 3, 9, 2]), nsmallest(3, [5, 1, 8, 3, 9, 2]))
print(nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len), nsmallest(2, ['bb', 'a', 'ccc', 'dd', 'e'], key=len))
print(nlargest(0, [1]), nsmallest(10, [3, 1, 2]), nlargest(1, []), nlargest(1, [4, 9, 2]), nsmallest(1, iter([4, 9, 2]), key=lambda v: -v))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(merge([], [1], [])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 4, 1], [8, 5, 2], reverse=True)), list(merge([3, 1], [2], key=lambda v: -v, reverse=False)))

# ties: tuples with a counter keep insertion order, as a scheduler does
tasks = []
for i, (prio, name) in enumerate([(2, 'write'), (1, 'read'), (2, 'exec'), (1, 'open'), (3, 'close')]):
    heappush(tasks, (prio, i, name))
while tasks:
    prio, _, name = heappop(tasks)
    print(prio, name)
rows = [(1, 'b'), (1, 'a'), (0, 'z'), (1, 'a')]
print(nsmallest(3, rows, key=lambda r: r[0]), nlargest(3, rows, key=lambda r: r[0]))

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

err(lambda: heappop([]))
err(lambda: heapreplace([], 1))
err(lambda: heapify(5))
err(lambda: heappush((), 1))
err(lambda: heappush([1], 'a'))
err(lambda: nlargest(2, 5))

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 2, hi=-1))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 0)
print(a)
people = [('ann', 20), ('bob', 31), ('cid', 45)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]), bisect.bisect_right(people, 31, key=lambda p: p[1]))
bisect.insort(people, ('dan', 33), key=lambda p: p[1])
print(people)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
err(lambda: bisect.bisect([1], 1, -1))
err(lambda: bisect.insort(5, 1))
err(lambda: bisect.bisect([1], 'a'))
