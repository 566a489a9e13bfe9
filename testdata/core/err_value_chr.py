print(chr(-5))
