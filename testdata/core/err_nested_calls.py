def level3(d):
    return d['key']
def level2(d):
    return level3(d) * 2
def level1():
    return level2({'other': 1})
print('calling')
level1()
