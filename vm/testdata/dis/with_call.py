import sys
with open(sys.argv[0]) as f:
    words = f.read().split(*[None], **{'maxsplit': 3})
print(f"{len(words)!r:>4}", sep='')
