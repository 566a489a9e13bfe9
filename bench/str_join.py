# str() of 200,000 ints joined through a generator expression.


def main():
    s = "".join(str(i) for i in range(200000))
    print(len(s))


main()
