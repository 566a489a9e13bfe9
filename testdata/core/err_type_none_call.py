result = print('hi')
result()
