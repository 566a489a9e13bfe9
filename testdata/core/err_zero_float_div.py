print(2.0 / 0)
