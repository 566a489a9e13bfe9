# heapq
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 4, 7, 8, 9])
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data[0])
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
print(heapq.nlargest(2, ['apple', 'fig', 'banana'], key=len), heapq.nsmallest(1, [(2, 'b'), (1, 'z')]))
tasks = []
for prio, name in [(3, 'low'), (1, 'urgent'), (2, 'mid'), (1, 'also urgent')]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError:', e)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
