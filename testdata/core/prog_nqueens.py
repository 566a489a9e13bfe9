# N-queens
def solve(n):
    sols = []
    cols = []
    def ok(r, c):
        return all(c != cc and abs(c - cc) != r - rr for rr, cc in enumerate(cols))
    def place(r):
        if r == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if ok(r, c):
                cols.append(c)
                place(r + 1)
                cols.pop()
    place(0)
    return sols
s6 = solve(6)
print(len(s6), s6)
for row in s6[0]:
    print(' '.join('Q' if c == row else '.' for c in range(6)))
print([len(solve(n)) for n in range(1, 9)])
