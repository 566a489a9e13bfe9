# string literal escapes and forms
print('a\tb')
print("line1\nline2")
print('back\\slash', "quote\"d", 'single\'s')
print('\x41\x42\x43', '\101\102', '\u00e9', '\U0001F600' == '\U0001f600')
print(len('\x00\x01'), repr('\x00\x01\x7f'))
print('\a\b\f\v\r'.encode())
print(r'raw\nstring', r"\d+\s*", R'\t')
print(len(r'\n'), len('\n'))
print('adjacent' ' strings' " concatenate")
print("""triple
double""")
print('''triple
single with 'quotes' and "quotes"''')
print("""a\
b""")
s = 'con' \
    'tinued'
print(s)
print(repr('\u03b1'), len('\u03b1'), '\u03b1'.upper())
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\\'), repr('\n\t\r'), repr('\x1b'), repr('\xa0'), repr('é'))
