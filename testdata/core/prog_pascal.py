# Pascal's triangle
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
rows = pascal(12)
width = len(' '.join(map(str, rows[-1])))
for r in rows:
    print(' '.join(map(str, r)).center(width))
print(pascal(1), pascal(2))
print(sum(pascal(30)[-1]) == 2**29, pascal(50)[-1][24])
