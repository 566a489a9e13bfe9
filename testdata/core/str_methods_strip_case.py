# strip family, case methods, predicates
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'), 'www.example.com'.lstrip('w.'), 'aaa'.strip('a') == '')
print('hello.py'.rstrip('.py'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>'))
print('Hello World'.upper(), 'Hello World'.lower(), 'ß'.upper(), 'ÀÉÎ'.lower())
print('123'.isdigit(), '12a'.isdigit(), ''.isdigit(), '²'.isdigit(), '-1'.isdigit())
print('abc'.isalpha(), 'ab1'.isalpha(), ''.isalpha(), 'é'.isalpha(), 'a b'.isalpha())
print('MiXeD 123'.upper(), 'MiXeD 123'.lower())
print(' x '.strip() == 'x', '\n\n'.strip() == '')
