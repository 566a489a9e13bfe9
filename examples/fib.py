# Lesson 3: three ways to compute Fibonacci numbers - recursion, a loop,
# and a generator - and why the first is slow.
#
#   go run ./cmd/minipy examples/fib.py


def fib_recursive(n):
    # fib(n) calls fib(n-1) and fib(n-2): about 1.6**n calls in all.
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_numbers():
    """Yield the Fibonacci numbers forever."""
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def main():
    print("recursive:", [fib_recursive(n) for n in range(15)])
    print("loop:     ", [fib_loop(n) for n in range(15)])
    gen = fib_numbers()
    print("generator:", [next(gen) for _ in range(15)])
    # Python ints never overflow: the 100th number has 21 digits.
    print("fib(100) =", fib_loop(100))
    calls = 0

    def counted(n):
        nonlocal calls
        calls += 1
        return n if n < 2 else counted(n - 1) + counted(n - 2)

    counted(20)
    print(f"the recursive fib(20) makes {calls} calls; the loop makes 20 steps")


if __name__ == "__main__":
    main()
