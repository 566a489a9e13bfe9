xs = [1, 2, 3]
xs.remove(4)
