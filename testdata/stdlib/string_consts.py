import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print(string.capwords('  hello   wORLD  foo '), string.capwords('a-b-c', '-'), repr(string.capwords('')))
print(string.capwords("it's ok"), string.capwords('x,y', ','))
print(''.join(c for c in 'Hello, World!' if c not in string.punctuation))
print(sum(1 for c in 'abc123XYZ' if c in string.ascii_uppercase))
table = {c: i for i, c in enumerate(string.ascii_lowercase)}
print(table['z'], string.ascii_lowercase.index('m'))
