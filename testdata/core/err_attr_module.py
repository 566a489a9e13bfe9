import math
print(math.foo)
