#!/usr/bin/env python3
"""Generate the number-formatting tables checked by runtime's tests.

Run with CPython 3.11 from this directory:  python3 gen.py
Each output line is a JSON object; "out" is what CPython produced, or "err"
is "ExceptionType: message" when it raised.
"""
import json
import math
import random
import struct

rnd = random.Random(20240611)


def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def float_hex_bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def run(fn):
    try:
        return {"out": fn()}
    except Exception as e:  # noqa: BLE001 - we record every failure
        return {"err": "%s: %s" % (type(e).__name__, e)}


def sample_floats(n):
    out = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 1e-4, 1e-5, 123456789.0,
           1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.675, 0.125, 9.5, 0.95, 99.99,
           1234567.0, 12345.678, math.inf, -math.inf, math.nan, 100.0, 1e100, 3.14159,
           float(2 ** 53), 2 ** 53 + 1.0, 0.3, 2.0 / 3, 1 / 3, 1e-7, 123.456, 0.001, 12.0, 1e21]
    while len(out) < n:
        k = rnd.random()
        if k < 0.4:
            x = bits_to_float(rnd.getrandbits(64))
            if math.isnan(x):
                continue
        elif k < 0.7:
            x = round(rnd.uniform(-1000, 1000), rnd.randint(0, 6))
        elif k < 0.85:
            x = rnd.uniform(-1, 1) * 10 ** rnd.randint(-30, 30)
        else:
            x = float(rnd.randint(-10 ** 6, 10 ** 6)) / 2 ** rnd.randint(0, 10)
        out.append(x)
    return out


def main():
    floats = sample_floats(6000)
    with open("float_repr.jsonl", "w") as f:
        for x in floats:
            f.write(json.dumps({"bits": float_hex_bits(x), "out": repr(x)}) + "\n")

    float_specs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", ".0g", "G",
                   "%", ".1%", "10.3f", "<10", "^12.4g", "+", " ", "z.1f", "012.3f", "012,.1f", ",",
                   "_.2f", ".3", ".17", "10", "010", "+010.2e", "*^15,.3f", "n", ".1", "#.3g", ".12g",
                   "=+12.1f", "x", "d", ",n", ".", "0=8", "-", "z", "#", "#e", ".20f", ".25e"]
    with open("float_format.jsonl", "w") as f:
        for x in floats[:250]:
            for spec in float_specs:
                rec = {"bits": float_hex_bits(x), "spec": spec}
                rec.update(run(lambda: format(x, spec)))
                f.write(json.dumps(rec) + "\n")

    ints = [0, 1, -1, 5, -5, 7, 42, 255, -255, 1234, -1234, 65, 123456789, 2 ** 31, 2 ** 63 - 1,
            -2 ** 63, 2 ** 63, 2 ** 64, -2 ** 64, 10 ** 20, 10 ** 30, -(10 ** 25) - 7, 2 ** 100 + 1]
    for _ in range(80):
        ints.append(rnd.randint(-10 ** rnd.randint(1, 40), 10 ** rnd.randint(1, 40)))
    int_specs = ["", "d", "5d", "<5", "^7", "=+8", "+", " ", "05", "010,", "09,", "08,", "07,", ",",
                 "_", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#012_b", "_x", "010_x", ",x",
                 "c", "+c", "n", ",n", "e", ".2e", "f", ".1f", "%", "g", "G", ".3g", ".2", "s", "z",
                 "#c", "x>10", "*<8,", "0=12,", "-08", ",_", "dd", ".", "=10", "^", "%.", "10.3%"]
    with open("int_format.jsonl", "w") as f:
        for i in ints + [True, False]:
            for spec in int_specs:
                rec = {"int": str(int(i)), "bool": isinstance(i, bool), "spec": spec}
                rec.update(run(lambda: format(i, spec)))
                f.write(json.dumps(rec) + "\n")

    strs = ["", "a", "abc", "héllo", "日本語"]
    str_specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "10.1", "0>4", "05", "d", "+",
                 "=5", "#", ",", "_", "z", ".", "x<3s"]
    with open("str_format.jsonl", "w") as f:
        for s in strs:
            for spec in str_specs:
                rec = {"s": s, "spec": spec}
                rec.update(run(lambda: format(s, spec)))
                f.write(json.dumps(rec) + "\n")

    ops = ["+", "-", "*", "/", "//", "%", "**"]
    nums = [0, 1, -1, 2, 3, -7, 7, 10, 2 ** 62, -(2 ** 63), 2 ** 63 - 1, 2 ** 64, -(2 ** 70), 3 ** 50,
            0.0, -0.0, 0.5, -2.5, 1e308, 1e-308, 3.7, -1.25, math.inf, -math.inf, math.nan, True, False]
    with open("arith.jsonl", "w") as f:
        for a in nums:
            for b in nums:
                for op in ops:
                    if op == "**" and isinstance(a, int) and isinstance(b, int) and b > 200:
                        continue
                    rec = {"a": repr(a), "b": repr(b), "op": op}
                    rec.update(run(lambda: repr(eval("a %s b" % op, {"a": a, "b": b}))))
                    f.write(json.dumps(rec) + "\n")
        for a in nums:
            for b in nums:
                for op in ["<", "<=", "==", "!=", ">", ">="]:
                    rec = {"a": repr(a), "b": repr(b), "op": op}
                    rec.update(run(lambda: repr(eval("a %s b" % op, {"a": a, "b": b}))))
                    f.write(json.dumps(rec) + "\n")
        ints_only = [0, 1, -1, 5, -6, 63, 64, 2 ** 62, -(2 ** 63), 2 ** 64 + 3, -(2 ** 70), True]
        for a in ints_only:
            for b in ints_only:
                for op in ["<<", ">>", "&", "|", "^"]:
                    if op == "<<" and isinstance(b, int) and b > 100:
                        continue
                    rec = {"a": repr(a), "b": repr(b), "op": op}
                    rec.update(run(lambda: repr(eval("a %s b" % op, {"a": a, "b": b}))))
                    f.write(json.dumps(rec) + "\n")

    with open("round.jsonl", "w") as f:
        for x in floats[:800]:
            for n in [None, 0, 1, 2, 3, 5, 10, -1, -2, -5, 400, -400]:
                rec = {"bits": float_hex_bits(x), "n": n}
                rec.update(run(lambda: repr(round(x, n))))
                f.write(json.dumps(rec) + "\n")
        for i in ints:
            for n in [None, 0, 2, -1, -2, -3, -10, -25]:
                rec = {"int": str(i), "n": n}
                rec.update(run(lambda: repr(round(i, n))))
                f.write(json.dumps(rec) + "\n")

    with open("hash.jsonl", "w") as f:
        for x in floats[:2000]:
            if not math.isnan(x):
                f.write(json.dumps({"bits": float_hex_bits(x), "out": hash(x)}) + "\n")
        for i in ints:
            f.write(json.dumps({"int": str(i), "out": hash(i)}) + "\n")

    with open("libm.jsonl", "w") as f:
        lrnd = random.Random(7)
        for _ in range(3000):
            x = lrnd.choice([lrnd.uniform(0, 2), lrnd.uniform(0, 100), math.exp(lrnd.uniform(-700, 700)),
                             lrnd.uniform(0.9, 1.1)])
            y = lrnd.choice([lrnd.uniform(-10, 10), float(lrnd.randint(-30, 30)), lrnd.uniform(-300, 300),
                             lrnd.uniform(-1, 1)])
            try:
                p = x ** y
            except OverflowError:
                p = math.inf
            try:
                e = math.exp(y * 70)
            except OverflowError:
                e = math.inf
            f.write(json.dumps({"x": float_hex_bits(x), "y": float_hex_bits(y), "pow": float_hex_bits(p),
                                "exp": float_hex_bits(e), "ey": float_hex_bits(y * 70),
                                "log": float_hex_bits(math.log(x)), "log10": float_hex_bits(math.log10(x)),
                                "log2": float_hex_bits(math.log2(x))}) + "\n")


if __name__ == "__main__":
    main()
