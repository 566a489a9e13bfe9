# heap algorithms: top-k, k-way merge by hand, running median
import heapq
scores = [('ann', 88), ('bob', 95), ('cid', 70), ('dee', 95), ('eve', 60), ('fay', 82)]
print(heapq.nlargest(3, scores, key=lambda s: s[1]), heapq.nsmallest(2, scores, key=lambda s: s[1]))
def kmerge(*lists):
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
    heapq.heapify(heap)
    out = []
    while heap:
        v, i, j = heapq.heappop(heap)
        out.append(v)
        if j + 1 < len(lists[i]):
            heapq.heappush(heap, (lists[i][j + 1], i, j + 1))
    return out
print(kmerge([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
lo, hi = [], []
medians = []
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    heapq.heappush(lo, -x)
    heapq.heappush(hi, -heapq.heappop(lo))
    if len(hi) > len(lo):
        heapq.heappush(lo, -heapq.heappop(hi))
    medians.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
print(medians)
h = [5, 3, 8]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(3)])
