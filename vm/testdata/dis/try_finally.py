def first_positive(xs):
    for x in xs:
        try:
            if x > 0:
                return x
        except TypeError as e:
            print('skip', e)
        finally:
            print('checked', x)
