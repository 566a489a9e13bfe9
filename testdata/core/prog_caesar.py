# caesar cipher and rot13
def shift_char(c, k):
    if 'a' <= c <= 'z':
        return chr((ord(c) - ord('a') + k) % 26 + ord('a'))
    if 'A' <= c <= 'Z':
        return chr((ord(c) - ord('A') + k) % 26 + ord('A'))
    return c
def caesar(s, k):
    return ''.join(shift_char(c, k) for c in s)
msg = 'Hello, World! The quick brown fox.'
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print(caesar(msg, 13), caesar(caesar(msg, 13), 13) == msg)
print(caesar('xyz XYZ', 4), caesar('abc', -27), caesar('abc', 52))
def crack(ciphertext):
    best = None
    for k in range(26):
        cand = caesar(ciphertext, -k)
        score = sum(cand.lower().count(ch) for ch in 'etaoin ')
        if best is None or score > best[0]:
            best = (score, k, cand)
    return best[1:]
print(crack(caesar('attack at dawn, retreat at noon', 11)))
