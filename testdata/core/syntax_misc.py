# semicolons, backslashes, comments, pass, ellipsis bodies, parenthesised continuation
a = 1; b = 2; c = a + b; print(c)
if a: print('one-line if')
for i in range(2): print('one-line for', i)
while False: pass
def stub(): ...
def stub2():
    pass
print(stub(), stub2())
total = 1 + \
        2 + \
        3  # comment after continuation
print(total)
values = [
    1,  # first
    2,
    3,  # trailing comma next
]
print(values)
d = {
    'a': 1,
    'b': (2,
          3),
}
print(d)
result = (1 +
          2
          * 3)
print(result)
if (a == 1 and
        b == 2):
    print('multi-line condition')
x = [i
     for i in range(3)
     if i]
print(x)
# a comment line
    # an indented comment line is fine
print('done')  # trailing
s = 'has # hash'
print(s)
