# run-length encoding
def encode(s):
    if not s:
        return ''
    out = []
    prev, count = s[0], 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out.append(f'{count}{prev}')
            prev, count = c, 1
    out.append(f'{count}{prev}')
    return ''.join(out)
def decode(s):
    out, num = [], ''
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ''
    return ''.join(out)
for s in ['WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW', 'abc', '', 'aaaaaaaaaaaa', 'aabbaa']:
    e = encode(s)
    print(repr(e), decode(e) == s)
print(decode('3a2b1c10d'))
