# container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f'cell {key} out of range')
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield ''.join(self[x, y] for x in range(self.w))
g = Grid(4, 3)
g[1, 1] = '#'
g[(3, 2)] = '@'
print(len(g), g[1, 1], g[0, 0], '#' in g, '$' in g, '.' in g)
for row in g:
    print(row)
del g[1, 1]
print(list(g), '#' in g)
try:
    g[5, 5]
except IndexError as e:
    print('IndexError:', e)
try:
    del g[0, 0]
except KeyError as e:
    print('KeyError:', e)
print(bool(g), bool(Grid(0, 5)))
