# string reversal and palindromes
def is_pal(s):
    cleaned = ''.join(c.lower() for c in s if c.isalpha())
    return cleaned == cleaned[::-1]
for s in ['racecar', 'A man, a plan, a canal: Panama', 'hello', '', 'Was it a car or a cat I saw?', 'ab']:
    print(repr(s), is_pal(s))
def rev_words(s):
    return ' '.join(reversed(s.split()))
print(rev_words('the quick  brown fox'))
def rev_manual(s):
    out = ''
    for ch in s:
        out = ch + out
    return out
print(rev_manual('stressed'), 'stressed'[::-1] == rev_manual('stressed'))
def longest_pal(s):
    best = ''
    for i in range(len(s)):
        for j in (i, i + 1):
            l, r = i, j
            while l >= 0 and r < len(s) and s[l] == s[r]:
                l -= 1; r += 1
            if r - l - 1 > len(best):
                best = s[l + 1:r]
    return best
print(longest_pal('forgeeksskeegfor'), longest_pal('abacdfgdcaba'), longest_pal('x'))
print([n for n in range(100, 200) if str(n) == str(n)[::-1]])
