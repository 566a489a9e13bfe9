# Lesson 1: the smallest program, and f-strings.
#
#   go run ./cmd/minipy examples/hello.py Ada
#   python3 examples/hello.py Ada          # the same output
import sys


def greet(name):
    return f"Hello, {name}!"


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "world"
    print(greet(name))
    print(f"{name!r} has {len(name)} letters; reversed: {name[::-1]}")


if __name__ == "__main__":
    main()
