d = {1: 'one'}
del d[2]
