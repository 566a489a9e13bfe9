class Bag:
    pass
print(len(Bag()))
