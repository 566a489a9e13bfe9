values = [1, None, 3]
total = 0
for v in values:
    total += v
