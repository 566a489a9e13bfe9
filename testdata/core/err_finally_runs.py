try:
    print('in try')
    {}['k']
finally:
    print('finally still runs')
