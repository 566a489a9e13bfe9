"""Run each case (cases separated by '#--' lines) as a script under python3
and print what it wrote to stderr, with the script's directory removed from
the path, so lang/errors_test.go can compare minipy's SyntaxError.Format.

Usage: python3 errdump.py CASES > GOLDEN
"""
import os
import subprocess
import sys
import tempfile


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    cases = text.split("\n#--\n")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "case.py")
        for case in cases:
            with open(path, "w", encoding="utf-8") as f:
                f.write(case)
            r = subprocess.run([sys.executable, path], capture_output=True, text=True,
                               cwd=tmp, stdin=subprocess.DEVNULL, timeout=10)
            err = r.stderr.replace(path, "case.py")
            if r.returncode == 0:
                err = "OK\n"
            out.append(err)
    sys.stdout.write("#--\n".join(out))


main()
