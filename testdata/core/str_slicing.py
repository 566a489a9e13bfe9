# string indexing and slicing
s = 'abcdefghij'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1] == '')
print(s[100:], s[-100:3], s[3:100], s[5:2], s[-1:-5:-1], s[:-100])
print(s[::3], s[::-3], s[1:9:3], s[9:0:-3])
print(s[None:None:None], s[None:4], s[4:None:-1])
print('' [0:0], 'x'[::-1], len(s[::7]))
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
u = 'héllo wörld ☃'
print(u[1], u[-1], u[::-1], len(u))
