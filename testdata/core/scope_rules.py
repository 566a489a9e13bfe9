# LEGB scope resolution
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
print(outer())
def local_shadow():
    x = 'local'
    return x
print(local_shadow(), x)
def uses_global():
    return x
print(uses_global())
def builtin_shadow():
    len = lambda s: -1
    return len('abc')
print(builtin_shadow(), len('abc'))
def unbound():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    x = 'assigned later'
    return x
print(unbound())
def param_shadow(x):
    return x
print(param_shadow('param'))
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
def nested_write():
    y = 1
    def f():
        y = 2
    f()
    return y
print(nested_write())
def closure_cell():
    vals = []
    def add(v):
        vals.append(v)
    add(1); add(2)
    return vals
print(closure_cell())
def default_scope(a=x):
    return a
print(default_scope())
