import sys
print('before import')
import numpy
