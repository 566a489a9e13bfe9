# laziness and interleaving of generator execution
def producer():
    for i in range(3):
        print('produce', i)
        yield i
def consumer(src):
    for v in src:
        print('consume', v)
        yield v * 10
for r in consumer(producer()):
    print('result', r)
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('finally in generator')
g = gen_with_finally()
for x in g:
    print('got', x)
    break
print('after break, generator suspended; closing explicitly')
g.close()
print('after close')
z = zip(producer(), 'ab')
print(list(z))
