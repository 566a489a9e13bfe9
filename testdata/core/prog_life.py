# Conway's game of life on a small torus
def step(cells, w, h):
    new = set()
    for y in range(h):
        for x in range(w):
            n = sum(((x + dx) % w, (y + dy) % h) in cells
                    for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
            if n == 3 or (n == 2 and (x, y) in cells):
                new.add((x, y))
    return new
def show(cells, w, h):
    for y in range(h):
        print(''.join('#' if (x, y) in cells else '.' for x in range(w)))
    print()
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 6, 6
cells = glider
for gen in range(5):
    print('gen', gen, len(cells))
    show(cells, w, h)
    cells = step(cells, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
