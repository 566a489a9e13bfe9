# while/else, for/else, break/continue
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print('while', i)
else:
    print('while-else ran')
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print('never')
print('after break', i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for x in []:
    print('empty body')
else:
    print('for-else on empty')
for x in range(3):
    pass
print('x after loop', x)
count = 0
while count < 3:
    count += 1
else:
    print('count', count)
outer_done = False
for a in range(3):
    for b in range(3):
        if a * b == 2:
            outer_done = True
            break
        if b > a:
            continue
        print('pair', a, b)
    if outer_done:
        break
k = 10
while k:
    k -= 3
    if k < 0:
        break
print('k', k)
for i in range(5):
    if i == 2:
        continue
    if i == 4:
        break
    print('i', i)
else:
    print('not printed')
