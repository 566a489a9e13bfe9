# 1,000,000 list.append calls, then a for loop summing the list.


def main():
    items = []
    for i in range(1000000):
        items.append(i)
    total = 0
    for x in items:
        total += x
    print(len(items), total)


main()
