# `is` with a literal on either side compiles with a SyntaxWarning on
# stderr (one per comparison chain; None, True, False and ... are fine),
# printed before the program runs. The exit status 1 makes the conformance
# suite compare stderr's last line: the source line of the last warning.
import sys

x = 1000
print(x is None, x is not True, ... is Ellipsis)
print(x is 1000, x is not -1)
print(x is (), 0 < x is "a" is 2)
if (x and
        x is 3):
    pass
print("ran")
sys.exit(1)
