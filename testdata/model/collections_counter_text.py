# text statistics with Counter
from collections import Counter
text = '''It is a truth universally acknowledged, that a single man in possession of a good fortune,
must be in want of a wife. However little known the feelings or views of such a man may be'''
words = [w.strip('.,').lower() for w in text.split()]
wc = Counter(words)
for w, n in wc.most_common(5):
    print(f'{w:>10} {n}')
letters = Counter(c for c in text.lower() if c.isalpha())
print(letters.most_common(3), letters['z'], len(letters))
lengths = Counter(len(w) for w in words)
print(sorted(lengths.items()))
a = Counter('hello world')
b = Counter('lower')
print(sorted((a - b).items()), sorted((a & b).items()))
print(Counter(words).most_common()[-2:], sum(wc.values()) == len(words))
