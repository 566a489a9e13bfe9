print(sum(10 // x for x in [5, 2, 0, 1]))
