# numbers to English words
ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
        'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
def words(n):
    if n < 0:
        return 'minus ' + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ('-' + ONES[n % 10] if n % 10 else '')
    if n < 1000:
        return ONES[n // 100] + ' hundred' + (' and ' + words(n % 100) if n % 100 else '')
    for value, name in [(10**9, 'billion'), (10**6, 'million'), (1000, 'thousand')]:
        if n >= value:
            rest = n % value
            return words(n // value) + ' ' + name + ((', ' if rest >= 100 else ' and ') + words(rest) if rest else '')
for n in [0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 2147483647, -15]:
    print(n, words(n))
print(sum(len(words(i).replace(' ', '').replace('-', '')) for i in range(1, 1001)))
