# sliding windows and BFS with deque
from collections import deque
def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out
print(moving_average([10, 20, 30, 40, 50, 60], 3))
def max_in_windows(xs, k):
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out
print(max_in_windows([1, 3, -1, -3, 5, 3, 6, 7], 3))
def knight_moves(start, goal, size=8):
    seen = {start: 0}
    q = deque([start])
    while q:
        x, y = q.popleft()
        if (x, y) == goal:
            return seen[(x, y)]
        for dx, dy in [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]:
            n = (x + dx, y + dy)
            if 0 <= n[0] < size and 0 <= n[1] < size and n not in seen:
                seen[n] = seen[(x, y)] + 1
                q.append(n)
print(knight_moves((0, 0), (7, 7)), knight_moves((0, 0), (0, 0)), knight_moves((0, 0), (1, 2)))
d = deque(range(5))
d.rotate(1)
print(d, d[2], list(d)[-1])
