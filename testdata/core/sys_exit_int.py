# sys.exit with an int status: output before exit is flushed, nothing after
import sys
print('before exit')
sys.exit(3)
print('never printed')
