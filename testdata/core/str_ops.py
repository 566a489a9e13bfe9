# string operators: + * in comparison, iteration
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2)
print('a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'b' > 'abc')
print('abc' == 'abc', 'abc' != 'ABC', 'a' <= 'a', max('apple', 'banana', 'cherry'), min('xyz'))
print('ell' in 'hello', 'x' not in 'hello', '' in '')
for ch in 'hé!':
    print(ch, ord(ch))
print(list('abc'), tuple('xy'), sorted('banana'), set('aaa'))
print(str(123) + 'x', str(1.5), str([1, 'a']), str(None), str(True))
print(len(''), len('abc'), len('日本語'), '日本語'[1])
s = 'x'
s += 'y'
s *= 3
print(s)
print(sorted(['b', 'A', 'a', 'B', '_', '1']))
print('%' + 's', 'a' 'b')
