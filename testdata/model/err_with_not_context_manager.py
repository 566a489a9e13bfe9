class Plain:
    pass
with Plain() as p:
    print(p)
