# group anagrams
words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog', 'inlets']
groups = {}
for w in words:
    key = ''.join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print(max(groups.values(), key=len))
def is_anagram(a, b):
    ca, cb = {}, {}
    for c in a.replace(' ', '').lower():
        ca[c] = ca.get(c, 0) + 1
    for c in b.replace(' ', '').lower():
        cb[c] = cb.get(c, 0) + 1
    return ca == cb
print(is_anagram('Dormitory', 'Dirty room'), is_anagram('abc', 'abd'))
