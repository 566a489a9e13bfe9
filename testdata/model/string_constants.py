# string module constants
import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable), string.printable[:20])
print(all(c in string.ascii_letters for c in 'Hello'), '!' in string.punctuation)
def password_ok(p):
    return (any(c in string.ascii_uppercase for c in p) and any(c in string.digits for c in p)
            and any(c in string.punctuation for c in p) and len(p) >= 8)
print([password_ok(p) for p in ['abc', 'Password1!', 'password1!', 'PASSWORD!!', 'Pa1!']])
print(string.capwords('hello  wide world'))
