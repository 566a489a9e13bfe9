def check(v):
    assert v >= 0, f'negative value: {v}'
check(3)
check(-2)
