# 300,000 dict inserts with str keys built by concatenation, then lookups.


def main():
    d = {}
    for i in range(300000):
        d["k" + str(i)] = i
    total = 0
    for i in range(300000):
        total += d["k" + str(i)]
    print(len(d), total)


main()
