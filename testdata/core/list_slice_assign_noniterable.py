# Assigning a non-iterable to a list slice: a step of 1 (given or not) is a
# plain slice in CPython, with its own message.
for s in [slice(0, 1), slice(None, None, 1), slice(None, None, 2), slice(None, None, -1)]:
    try:
        a = [1, 2]
        a[s] = 5
    except TypeError as e:
        print(e)
a = [1, 2, 3]
a[1:2] = 7
