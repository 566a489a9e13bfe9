# recursive permutations and combinations
def perms(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
print(perms([1, 2, 3]))
print(len(perms(list(range(6)))), [''.join(p) for p in perms(list('abc'))])
def combos(xs, k):
    if k == 0:
        return [[]]
    if len(xs) < k:
        return []
    return [[xs[0]] + c for c in combos(xs[1:], k - 1)] + combos(xs[1:], k)
print(combos([1, 2, 3, 4], 2), len(combos(list(range(10)), 4)))
def subsets_sum(xs, target):
    return [c for k in range(len(xs) + 1) for c in combos(xs, k) if sum(c) == target]
print(subsets_sum([3, 34, 4, 12, 5, 2], 9))
