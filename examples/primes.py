# Lesson 2: loops, lists and a classic algorithm - the sieve of Eratosthenes.
#
#   go run ./cmd/minipy examples/primes.py        # primes below 100
#   go run ./cmd/minipy examples/primes.py 1000   # primes below 1000


import sys


def sieve(limit):
    """Return the primes below limit."""
    is_prime = [True] * limit
    is_prime[0:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            # Every multiple of n from n*n on is composite (smaller ones
            # were crossed out by smaller primes already).
            for multiple in range(n * n, limit, n):
                is_prime[multiple] = False
    return [n for n, prime in enumerate(is_prime) if prime]


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    primes = sieve(limit)
    print(f"{len(primes)} primes below {limit}:")
    for i in range(0, len(primes), 10):
        print(" ".join(f"{p:>{len(str(limit))}}" for p in primes[i:i + 10]))
    twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
    print(f"twin primes: {len(twins)}, the largest: {twins[-1] if twins else None}")


if __name__ == "__main__":
    main()
