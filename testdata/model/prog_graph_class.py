# graph class with generator-based BFS/DFS, shortest paths and cycle detection
from collections import deque
class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed
    def add_edge(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, [])
        if not self.directed:
            self.adj[b].append(a)
    def bfs(self, start):
        seen, q = {start}, deque([start])
        while q:
            n = q.popleft()
            yield n
            for m in self.adj[n]:
                if m not in seen:
                    seen.add(m)
                    q.append(m)
    def dfs(self, start, seen=None):
        seen = set() if seen is None else seen
        seen.add(start)
        yield start
        for m in self.adj[start]:
            if m not in seen:
                yield from self.dfs(m, seen)
    def shortest_path(self, a, b):
        prev, q = {a: None}, deque([a])
        while q:
            n = q.popleft()
            if n == b:
                path = []
                while n is not None:
                    path.append(n)
                    n = prev[n]
                return path[::-1]
            for m in self.adj[n]:
                if m not in prev:
                    prev[m] = n
                    q.append(m)
        return None
    def has_cycle(self):
        state = {}
        def visit(n):
            state[n] = 'active'
            for m in self.adj[n]:
                if state.get(m) == 'active' or (m not in state and visit(m)):
                    return True
            state[n] = 'done'
            return False
        return any(visit(n) for n in list(self.adj) if n not in state)
g = Graph()
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7)]:
    g.add_edge(a, b)
print(list(g.bfs(1)), list(g.dfs(1)), list(g.bfs(6)))
print(g.shortest_path(1, 5), g.shortest_path(5, 1), g.shortest_path(1, 7))
dag = Graph(directed=True)
for a, b in [('a', 'b'), ('b', 'c'), ('a', 'c')]:
    dag.add_edge(a, b)
print(dag.has_cycle())
dag.add_edge('c', 'a')
print(dag.has_cycle(), list(dag.dfs('a')))
