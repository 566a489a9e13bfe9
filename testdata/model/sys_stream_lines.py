# sys.stdin.readlines() and the streams' writelines() (stdin is empty here).
import sys
print(sys.stdin.readlines(), sys.stdin.readline() == "")
sys.stdout.writelines(["one\n", "two", "\n"])
sys.stdout.writelines(f"{i}," for i in range(3))
print()
try:
    sys.stdout.writelines([1])
except TypeError as e:
    print(e)
