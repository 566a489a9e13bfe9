# sys recursion limit, stdout.write, stderr
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError:', e)
r = sys.stdout.write('hello\n')
print(r)
sys.stderr.write('this goes to stderr\n')
print(sys.stdout is not sys.stderr)
