try:
    [].pop()
except IndexError as e:
    print('caught', e)
    raise
