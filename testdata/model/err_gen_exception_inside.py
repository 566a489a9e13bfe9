def numbers(items):
    for s in items:
        yield int(s)
total = 0
for n in numbers(['1', '2', 'three']):
    total += n
    print(total)
