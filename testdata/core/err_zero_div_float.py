a = 1.5
print(a // 0.0)
