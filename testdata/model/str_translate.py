# str.maketrans and str.translate, the usual way to drop punctuation.
import string
text = "Hello, world! It's a test... (really)."
clean = text.translate(str.maketrans("", "", string.punctuation))
print(clean, clean.lower().split())
print("abc".translate(str.maketrans("abc", "xyz")), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans("ab", "cd"), str.maketrans({"a": "1", 98: None}), "".maketrans("x", "y", "z"))
print("abcba".translate(str.maketrans({"a": "AA", "b": 66})), "héllo".translate({ord("é"): "e"}))
print("rot13".translate(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])))
print("keep".translate([]), "abc".translate({97: 98}))
for bad in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans("a"),
            lambda: "a".translate({97: 1.5}), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans("a", 1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
