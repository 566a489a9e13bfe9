# triple quoted strings and line continuation
text = """first line
    indented second
third with "quotes" and 'single'
"""
print(text)
print(repr(text))
print(len(text.splitlines()))
t = '''\
no leading newline'''
print(t)
u = """a\tb\\n"""
print(u, len(u))
v = ('implicit '
     'concatenation '
     "across lines")
print(v)
w = 1 + \
    2 + \
    3
print(w)
