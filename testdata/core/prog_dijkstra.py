# Dijkstra with a plain list as priority queue
edges = [('A', 'B', 7), ('A', 'C', 9), ('A', 'F', 14), ('B', 'C', 10), ('B', 'D', 15), ('C', 'D', 11),
         ('C', 'F', 2), ('D', 'E', 6), ('E', 'F', 9)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
def dijkstra(src):
    dist = {src: 0}
    prev = {}
    todo = [(0, src)]
    done = set()
    while todo:
        todo.sort()
        d, u = todo.pop(0)
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u]:
            nd = d + w
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                prev[v] = u
                todo.append((nd, v))
    return dist, prev
dist, prev = dijkstra('A')
for node in sorted(dist):
    path = [node]
    while path[-1] != 'A':
        path.append(prev[path[-1]])
    print(node, dist[node], '->'.join(reversed(path)))
