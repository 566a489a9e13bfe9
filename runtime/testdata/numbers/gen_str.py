#!/usr/bin/env python3
"""Generate str_methods.jsonl: str and bytes method calls and what CPython 3.11
returned (repr) or raised.  Run from this directory: python3 gen_str.py

Arguments are encoded in JSON: a string is a str, {"b": "..."} is bytes
(latin-1 text), {"t": [...]} a tuple, [...] a list, {"f": "1.5"} a float (its repr), null is None.
"""
import builtins
import json


def enc(v):
    if isinstance(v, bytes):
        return {"b": v.decode("latin-1")}
    if isinstance(v, tuple):
        return {"t": [enc(x) for x in v]}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, list):
        return [enc(x) for x in v]
    return v


S = ["", "a", "abc", "  hello world  ", "Hello World", "a,b,,c", "héllo wörld", "日本語テキスト",
     "ab\ncd\r\nef\rgh\x0bij\x1ck\u2028l", "they're bill's friends", "ßtraße", "MiXeD cAsE 123",
     "  \t x y\u3000z \n", "1234", "²³", "½", "abc_1", "1abc", "a\tb\tc", "-42", "+7", "ǅungla"]

CALLS = [
    ("split", []), ("split", [","]), ("split", [None, 1]), ("split", [" ", 2]), ("split", [""]),
    ("split", [1]), ("rsplit", []), ("rsplit", [None, 1]), ("rsplit", [",", 1]), ("rsplit", ["l"]),
    ("strip", []), ("strip", ["ah"]), ("lstrip", []), ("lstrip", [" h"]), ("rstrip", []), ("rstrip", ["d "]),
    ("strip", [1]), ("upper", []), ("lower", []), ("title", []), ("capitalize", []), ("swapcase", []),
    ("casefold", []), ("startswith", ["a"]), ("startswith", [("x", "H", "a")]), ("startswith", ["b", 1]),
    ("startswith", [1]), ("endswith", ["c"]), ("endswith", ["b", 0, 2]), ("endswith", [("d ", "c")]),
    ("find", ["l"]), ("find", ["l", 4]), ("find", ["l", -3, -1]), ("find", [""]), ("find", ["", 100]),
    ("rfind", ["l"]), ("index", ["o"]), ("index", ["zz"]), ("rindex", ["o"]), ("rindex", ["zz"]),
    ("find", [1]), ("count", ["l"]), ("count", [""]), ("count", ["l", 3, 9]), ("replace", ["l", "L"]),
    ("replace", ["l", "L", 1]), ("replace", ["", "-"]), ("replace", ["", "-", 2]), ("replace", [1, "a"]),
    ("partition", [" "]), ("partition", ["zz"]), ("rpartition", ["l"]), ("rpartition", ["zz"]),
    ("partition", [""]), ("splitlines", []), ("splitlines", [True]), ("expandtabs", []), ("expandtabs", [4]),
    ("ljust", [8]), ("ljust", [8, "*"]), ("rjust", [9, "."]), ("center", [9]), ("center", [10, "-"]),
    ("center", [4]), ("ljust", [5, "ab"]), ("zfill", [6]), ("removeprefix", ["he"]), ("removesuffix", ["ld"]),
    ("isdigit", []), ("isalpha", []), ("isalnum", []), ("isspace", []), ("isupper", []), ("islower", []),
    ("istitle", []), ("isdecimal", []), ("isnumeric", []), ("isidentifier", []), ("isprintable", []),
    ("isascii", []), ("encode", []), ("encode", ["ascii"]), ("encode", ["latin-1"]),
    ("encode", ["ascii", "replace"]), ("encode", ["nope"]), ("join", [["x", "y", "z"]]), ("join", [["x", 1]]),
    ("join", [[]]), ("__len__", []), ("__contains__", ["l"]),
]

B = [b"", b"abc", b"  hello world  ", b"a,b,,c", b"Hello\nWorld\r\n", b"\xff\xfe x", b"1234", b"\xc3\xa9t\xc3\xa9"]
BCALLS = [
    ("split", []), ("split", [b","]), ("split", [","]), ("strip", []), ("strip", [b"ah"]), ("upper", []),
    ("lower", []), ("title", []), ("startswith", [b"a"]), ("endswith", [(b"x", b"c")]), ("find", [b"l"]),
    ("find", [108]), ("count", [b"l"]), ("replace", [b"l", b"L"]), ("partition", [b" "]), ("splitlines", []),
    ("splitlines", [True]), ("isdigit", []), ("isalpha", []), ("isspace", []), ("decode", []),
    ("decode", ["latin-1"]), ("decode", ["utf-8", "replace"]), ("decode", ["utf-8", "ignore"]),
    ("decode", ["ascii"]), ("decode", ["utf-8", "backslashreplace"]), ("hex", []), ("center", [9, b"*"]),
    ("zfill", [5]), ("join", [[b"x", b"y"]]), ("join", [[b"x", "y"]]), ("rsplit", [None, 1]),
]

# Format strings for str.format and %, with their arguments.
FORMATS = [
    ("{} {}", [1, 2]), ("{} {}", [1]), ("{0} {}", [1, 2]), ("{} {0}", [1, 2]), ("{a}", [1]), ("{", []), ("}", []),
    ("{0", []), ("{!}", [1]), ("{!x}", [1]), ("{0!r:>5}", ["a"]), ("{0[1]}", [[1, 2]]), ("{0[0]}", ["ab"]),
    ("{:{}}", [1, 5]), ("{{}}", []), ("{0[5]}", [[]]), ("{0[}", [[]]), ("{:>{}}", ["a"]), ("{!a}", ["é"]),
    ("{:{:{}}}", [1, 2, 3]), ("{0.}", [1]), ("{0[]}", [1]), ("{0]}", [1]), ("{0!r!s}", [1]), ("{-1}", [1]),
    ("{:s}", [1]), ("x{}y", [None]), ("{0[1][0]}", [[1, [5]]]), ("{:.3f}|{:>8,}|{:x}", [3.14159, 1234567, 255]),
    ("{0.real}", [5]), ("{0:{1}}", [1.5, "010.3f"]),
]
PERCENTS = [
    ("%s %d", ("a", 5)), ("%5.2f|%-6d|%06.1f|%+d|% d", (3.14159, 42, -2.5, 5, 5)),
    ("%x %X %o %#x %#o %#X", (255, 255, 8, 255, 8, 255)), ("%c%c", (65, "b")), ("%r", "x"), ("%d", "x"),
    ("%x", 1.5), ("%d %d", (1,)), ("%d", (1, 2)), ("", 5), ("", []), ("%s", ()), ("%z", 1), ("%", 1),
    ("%.3d", 5), ("%5s|%-5s|%.1s", ("ab", "ab", "ab")), ("%e %g %G %E", (12345.678, 0.00001, 1e20, 1)),
    ("%*d|%-*d", (5, 1, 4, 2)), ("%d", 3.9), ("%d", True), ("%s", None), ("%i %u", (1, 2)), ("%%", ()),
    ("%a", "é"), ("%c", 1114112), ("%c", "ab"), ("%d", 2 ** 70), ("%x", -255), ("%#.3x", 5), ("%05s", "a"),
    ("%-05d", 5), ("%.2f", 2.675), ("%s %s", [1, 2]), ("%.0f", 0.5), ("%10.3e", 123.456), ("%#g", 1.0),
    ("%g", 1e16), ("%g", 123456789), ("%s", (1,)), ("%s", ((1,),)), ("%d%%", 50), ("%f", float("inf")),
]
FUNCS = [
    ("int", ["0x1f", 16]), ("int", ["0x_1f", 16]), ("int", ["0x1f", 0]), ("int", ["010", 0]), ("int", ["00", 0]),
    ("int", [" 1_000 "]), ("int", ["1__0"]), ("int", [""]), ("int", ["+"]), ("int", ["-0b101", 0]),
    ("int", ["0b101", 16]), ("int", ["z", 36]), ("int", ["12", 1]), ("int", [12, 10]), ("int", [[]]),
    ("int", [3.9]), ("int", [-3.9]), ("int", [1e30]), ("int", [float("inf")]), ("int", [float("nan")]),
    ("int", ["abc"]), ("int", [b"12"]), ("int", [b"1x"]), ("int", ["1 2"]), ("int", [True]), ("int", ["٣"]),
    ("int", ["1" * 4301]), ("int", ["99999999999999999999999"]), ("int", []), ("int", ["12", 2.5]),
    ("float", [" 1.5 "]), ("float", ["1_0.5"]), ("float", ["1__0"]), ("float", ["-infinity"]), ("float", ["+NaN"]),
    ("float", ["0x1p3"]), ("float", ["1e400"]), ("float", [""]), ("float", [[]]), ("float", [b"1.5"]),
    ("float", [".5"]), ("float", ["5."]), ("float", ["."]), ("float", ["1e5_0"]), ("float", [10 ** 400]),
    ("float", [2 ** 63]), ("float", []), ("float", ["١٢"]),
    ("str", []), ("str", [1]), ("str", [b"a", "utf-8"]), ("str", [b"\xff", "utf-8", "replace"]),
    ("str", [1, "utf-8"]), ("str", ["a", "utf-8"]), ("str", [b"a"]), ("str", [1.0]), ("str", [-0.0]),
    ("bytes", [3]), ("bytes", [[1, 2]]), ("bytes", ["x", "utf-8"]), ("bytes", ["é", "ascii"]), ("bytes", ["x"]),
    ("bytes", [[256]]), ("bytes", [-1]), ("bytes", [1.5]), ("bytes", []),
    ("repr", ["a'b"]), ("repr", ["a\"b'"]), ("repr", ["\x07\u200b\xe9\x7f\x80\U0001F600\u0378\n\t\\"]),
    ("repr", [b"a'b\"c\x00\x7f\x80\n\t\r\\"]), ("repr", [b"'"]), ("repr", [1e16]), ("repr", [1e-5]),
    ("ascii", ["é\U0001F600"]),
    ("hex", [255]), ("hex", [-255]), ("oct", [8]), ("bin", [-5]), ("hex", [1.5]), ("hex", [2 ** 70]),
    ("chr", [65]), ("chr", [-1]), ("chr", [0x110000]), ("chr", [1.5]), ("chr", [2 ** 70]), ("ord", [""]),
    ("ord", ["ab"]), ("ord", [b"a"]), ("ord", [1]), ("ord", ["é"]),
    ("divmod", [7, 2]), ("divmod", [-7, 2]), ("divmod", [7.5, -2]), ("divmod", [1, 0]), ("divmod", [1.0, 0]),
    ("divmod", ["a", 1]), ("divmod", [2 ** 64, -3]), ("divmod", [7, 2.5]),
    ("pow", [2, 10, 7]), ("pow", [2, -1, 7]), ("pow", [2, -1, 4]), ("pow", [2, 10, 0]), ("pow", [2.0, 10, 7]),
    ("pow", [-2, 3, 5]), ("pow", [2, 3, -5]), ("pow", [2, -3]), ("pow", ["a", 2]), ("pow", [3, 200, 10 ** 30 + 7]),
    ("abs", [-5]), ("abs", [-2 ** 63]), ("abs", [-0.0]), ("abs", ["x"]), ("abs", [True]),
    ("round", [2.675, 2]), ("round", [0.5]), ("round", [1.5]), ("round", [-0.5]), ("round", [2.5, 0]),
    ("round", [1250, -2]), ("round", [float("inf")]), ("round", ["x"]), ("round", [1.5, 1.5]), ("round", [True]),
]


def main():
    with open("str_methods.jsonl", "w") as f:
        for recvs, calls in ((S, CALLS), (B, BCALLS)):
            for s in recvs:
                for meth, args in calls:
                    rec = {"recv": enc(s), "meth": meth, "args": [enc(a) for a in args]}
                    try:
                        rec["out"] = repr(getattr(s, meth)(*args))
                    except Exception as e:  # noqa: BLE001
                        rec["err"] = "%s: %s" % (type(e).__name__, e)
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for fmt, args in FORMATS:
            rec = {"recv": fmt, "meth": "format", "args": [enc(a) for a in args]}
            rec.update(run(lambda: repr(fmt.format(*args))))
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for fmt, arg in PERCENTS:
            rec = {"recv": fmt, "meth": "%", "args": [enc(arg)]}
            rec.update(run(lambda: repr(fmt % arg)))
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for name, args in FUNCS:
            rec = {"recv": None, "meth": name, "args": [enc(a) for a in args]}
            rec.update(run(lambda: repr(getattr(builtins, name)(*args))))
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def run(fn):
    try:
        return {"out": fn()}
    except Exception as e:  # noqa: BLE001
        return {"err": "%s: %s" % (type(e).__name__, e)}


if __name__ == "__main__":
    main()
