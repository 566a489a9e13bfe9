# building strings: join vs +=, repeated formatting, char arithmetic
parts = []
for i in range(5):
    parts.append(str(i) * i)
print('|'.join(parts))
s = ''
for ch in 'abcdef':
    s += ch.upper() if ord(ch) % 2 else ch
print(s)
alphabet = ''.join(chr(ord('a') + i) for i in range(26))
print(alphabet, alphabet.upper()[::2])
print(''.join(reversed('hello')), '-'.join('abc') + '!')
border = '+' + '-' * 10 + '+'
print(border)
for word in ['hi', 'there', 'python']:
    print('|' + word.center(10) + '|')
print(border)
print('x'.join(['', '', '']), ''.join(str(d) for d in range(10)))
lines = ['first', 'second', 'third']
print('\n'.join(f'{i}. {l}' for i, l in enumerate(lines, 1)))
