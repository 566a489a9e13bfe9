class Bad:
    def __iter__(self):
        return [1, 2, 3]
for x in Bad():
    print(x)
