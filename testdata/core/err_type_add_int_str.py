total = 5
label = ' items'
print(total + label)
