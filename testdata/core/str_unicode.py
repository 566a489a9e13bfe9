# unicode code points
s = 'naïve café ☕ 日本語 😀'
print(len(s), s.upper(), s.lower())
print([ord(c) for c in 'é☕😀'])
print(chr(233), chr(0x2615), chr(128512), chr(65), chr(0))
print(s.encode(), len(s.encode()))
print(s.encode().decode() == s)
print(s[::-1])
print(s.split(), s.find('日'), s.count('é'), s.replace('é', 'e'))
print('Ω'.isalpha(), '٣'.isdigit(), 'ǅ'.upper(), 'ǅ'.lower())
print(sorted('ba日a😀'), '😀' > '日')
print('straße'.upper(), 'İ'.lower() == 'i̇', len('İ'.lower()))
