# global declarations
count = 0
def inc():
    global count
    count += 1
    return count
inc(); inc()
print(count)
def make_new():
    global created
    created = 'made inside'
make_new()
print(created)
x = 'module'
def read_only():
    return x
def shadow():
    x = 'local'
    return x
print(read_only(), shadow(), x)
def nested():
    def inner():
        global x
        x = 'set by inner'
    inner()
nested()
print(x)
a, b = 1, 2
def multi():
    global a, b
    a, b = b, a
multi()
print(a, b)
def use_builtin():
    return len('abc')
print(use_builtin())
len_saved = len
def override():
    global len
    len = lambda s: 42
override()
print(len('abc'))
del len
print(len('abc'))
