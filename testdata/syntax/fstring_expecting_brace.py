name = 'a'
print(f'{name')
