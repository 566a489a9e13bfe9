# sudoku validator with a Board class and generator-based unit iteration
class Board:
    def __init__(self, text):
        self.rows = [[int(c) if c != '.' else 0 for c in line] for line in text.split()]
    def units(self):
        for r in range(9):
            yield f'row {r + 1}', self.rows[r]
        for c in range(9):
            yield f'col {c + 1}', [self.rows[r][c] for r in range(9)]
        for br in range(3):
            for bc in range(3):
                yield f'box {br * 3 + bc + 1}', [self.rows[r][c] for r in range(br * 3, br * 3 + 3) for c in range(bc * 3, bc * 3 + 3)]
    def problems(self):
        for name, cells in self.units():
            seen = [v for v in cells if v]
            dups = sorted({v for v in seen if seen.count(v) > 1})
            if dups:
                yield name, dups
    def candidates(self, r, c):
        if self.rows[r][c]:
            return set()
        used = set(self.rows[r]) | {self.rows[i][c] for i in range(9)}
        br, bc = r // 3 * 3, c // 3 * 3
        used |= {self.rows[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
        return set(range(1, 10)) - used
good = '''53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79'''
b = Board(good)
print(list(b.problems()), sorted(b.candidates(0, 2)), sorted(b.candidates(4, 4)), b.candidates(0, 0))
bad = Board(good.replace('53..7', '55..7').replace('...419..5', '..3419..5'))
for name, dups in bad.problems():
    print(name, dups)
print(sum(1 for _ in b.units()))
