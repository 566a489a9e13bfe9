import heapq
h = [1]
heapq.heappop(h)
heapq.heappop(h)
