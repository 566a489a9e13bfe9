# string comparisons and sorting by code point
words = ['banana', 'Apple', 'apple', 'cherry', 'Banana', '10', '9', '', 'a', 'ab', 'é', 'z']
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=lambda w: (w.lower(), w)))
print('apple' < 'apricot', 'Zebra' < 'apple', '10' < '9', 'a' < 'ab', '' < 'a', 'é' > 'z')
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(sorted(['b2', 'a10', 'a2', 'b1'], key=lambda s: (s[0], int(s[1:]))))
