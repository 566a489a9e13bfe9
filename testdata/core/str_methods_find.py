# find / index / count / replace / startswith / endswith
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('xyz'), s.find(''), s.find('', 100))
print(s.find('o', 5, 10), s.find('o', -5), s.index('world'), s.index('o', -8))
print(s.count('hello'), s.count('l'), s.count(''), 'aaaa'.count('aa'), s.count('o', 0, 10))
print(s.replace('hello', 'bye'), s.replace('hello', 'bye', 1), s.replace('', '-')[:12])
print('aaa'.replace('a', 'b', 2), 'abc'.replace('x', 'y'), 'a.b.c'.replace('.', ''))
print(s.startswith('hello'), s.startswith('world', 6), s.startswith(('x', 'he')), s.startswith(''))
print(s.endswith('python'), s.endswith(('java', 'on')), s.endswith('hello', 0, 5), ''.endswith(''))
try:
    s.index('zzz')
except ValueError as e:
    print('ValueError:', e)
print('x' in s, 'hello' in s, '' in s)
