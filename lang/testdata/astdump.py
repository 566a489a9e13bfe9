"""Dump Python's AST of each case in the s-expression-like form that
lang/astdump_test.go prints for minipy's AST, so the two can be compared.

Usage: python3 astdump.py CASES > GOLDEN   (cases separated by '#--' lines)
Positions are printed 1-based as @line:col-endline:endcol (columns in
characters, as minipy counts them).
"""
import ast
import json
import sys

SKIP = {"ctx", "type_comment", "type_ignores", "kind"}
RENAME = {"AsyncFunctionDef": "FunctionDef", "AsyncFor": "For", "AsyncWith": "With"}


def pos(node, lines):
    if not hasattr(node, "lineno") or node.lineno is None:
        return ""
    def col(line, byte_col):
        text = lines[line - 1].encode("utf-8")
        return len(text[:byte_col].decode("utf-8", "replace")) + 1
    return "@%d:%d-%d:%d" % (node.lineno, col(node.lineno, node.col_offset),
                             node.end_lineno, col(node.end_lineno, node.end_col_offset))


def value(v, lines):
    if isinstance(v, ast.AST):
        return dump(v, lines)
    if isinstance(v, list):
        return "[" + ", ".join(value(x, lines) for x in v) + "]"
    if v is None:
        return "None"
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bytes):
        return "b" + json.dumps(v.decode("latin-1"), ensure_ascii=False)
    if isinstance(v, float):
        return "float:" + repr(v)
    if isinstance(v, int):
        return str(v)
    return repr(v)


def dump(node, lines):
    name = type(node).__name__
    fields = []
    if name in RENAME:
        fields.append("is_async=True")
        name = RENAME[name]
    elif name in ("FunctionDef", "For", "With"):
        fields.append("is_async=False")
    if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return name
    for f in node._fields:
        if f in SKIP:
            continue
        v = getattr(node, f)
        if name == "Constant" and f == "value":
            fields.append("value=" + const(v))
            continue
        if name == "FormattedValue" and f == "conversion":
            fields.append("conversion=" + ("none" if v == -1 else chr(v)))
            continue
        if name == "comprehension" and f == "is_async":
            v = bool(v)
        fields.append(f + "=" + value(v, lines))
    return name + pos(node, lines) + "(" + ", ".join(sorted(fields)) + ")"


def const(v):
    if v is ...:
        return "Ellipsis"
    return value(v, [])


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    cases = text.split("\n#--\n")
    out = []
    for case in cases:
        try:
            tree = ast.parse(case)
            out.append(dump(tree, case.split("\n")))
        except SyntaxError as e:
            out.append("SyntaxError: %s @%d:%s-%s:%s" % (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
    sys.stdout.write("\n#--\n".join(out) + "\n")


main()
