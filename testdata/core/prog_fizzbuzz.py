# fizzbuzz three ways
for i in range(1, 31):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)
print(' '.join('Fizz' * (i % 3 == 0) + 'Buzz' * (i % 5 == 0) or str(i) for i in range(1, 16)))
def fb(n):
    return {(True, True): 'FB', (True, False): 'F', (False, True): 'B'}.get((n % 3 == 0, n % 5 == 0), n)
print([fb(n) for n in range(1, 16)])
