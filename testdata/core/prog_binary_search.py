# binary search, iterative and recursive
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def bsearch_rec(xs, t, lo=0, hi=None):
    if hi is None:
        hi = len(xs)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    return bsearch_rec(xs, t, mid + 1, hi) if xs[mid] < t else bsearch_rec(xs, t, lo, mid)
def lower_bound(xs, t):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = list(range(0, 100, 3))
for t in [0, 3, 50, 51, 99, -1, 1000]:
    print(t, bsearch(data, t), bsearch_rec(data, t), lower_bound(data, t))
print(bsearch([], 1), lower_bound([1, 2, 2, 2, 3], 2))
