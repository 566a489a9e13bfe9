# edit distance and alignment with functools.lru_cache
from functools import lru_cache
def edit_distance(a, b):
    @lru_cache(maxsize=None)
    def d(i, j):
        if i == 0:
            return j
        if j == 0:
            return i
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        return 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
    result = d(len(a), len(b))
    return result, d.cache_info().currsize
for a, b in [('kitten', 'sitting'), ('flaw', 'lawn'), ('', 'abc'), ('same', 'same'), ('intention', 'execution')]:
    print(a, b, edit_distance(a, b))
def suggest(word, vocab):
    scored = sorted((edit_distance(word, v)[0], v) for v in vocab)
    return [v for s, v in scored if s == scored[0][0]]
vocab = ['print', 'pint', 'sprint', 'range', 'return', 'reduce', 'len', 'list']
for w in ['pritn', 'rnage', 'retrun', 'lst']:
    print(w, '->', suggest(w, vocab))
