# del v[k] without item deletion: CPython says "doesn't support" when an
# index meets a type with sequence slots, "does not support" otherwise.
for v in [(1,2), "ab", 5, frozenset(), range(3), b"x"]:
    try:
        del v[0]
    except TypeError as e:
        print(e)
class U: pass
for v, k in [((1, 2), 'a'), ('ab', 1.5), (U(), 0), (U(), 'k'), ({1}, 0), ({}.keys(), 0), (None, 0), (print, 0), ([1], 'x'), ({'a': 1}, 'b')]:
    try:
        del v[k]
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
