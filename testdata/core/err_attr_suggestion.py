# CPython 3.11 appends a suggestion for attribute typos
name = 'ann'
print(name.uper())
