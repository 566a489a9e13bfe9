# assert (test, "message") asserts a non-empty tuple, always true: CPython
# compiles it with a SyntaxWarning on stderr (the stripped first line of
# the statement), and the empty tuple gets none. The exit status 1 makes
# the conformance suite compare stderr's last line.
import sys

x = -1
try:
    assert ()
except AssertionError:
    print("the empty tuple is false")
assert (x > 0, "x must be positive")
print("not raised")
assert (
    x > 0,
    "x must be positive")
sys.exit(1)
