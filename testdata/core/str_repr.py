# repr of strings
cases = ['plain', "it's", 'say "hi"', 'both \' and "', '\n', '\t\r', '\\', '\x00', '\x7f', '\x80',
         '\xff', 'é', '日本', '\u200b', '\U0001F600', ' ', '', "'", '"', '\a\b\f\v', '\ud7ff']
for c in cases:
    print(repr(c))
print([c for c in cases[:6]])
print(('x', "y'"), {'k': 'v\n'})
print(str('a\nb'), repr(repr('a')))
