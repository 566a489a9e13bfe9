# A float loop of 200,000 steps: float arithmetic without allocation.


def main():
    x = 0.0
    acc = 0.0
    for i in range(200000):
        x = x * 0.5 + i * 0.25
        acc += x / 3.0 - 1.5
    print(round(acc, 3))


main()
