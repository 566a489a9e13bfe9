t = (1, 2)
print(t[0])
t[5]
