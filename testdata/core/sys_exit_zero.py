# sys.exit(0) inside nested calls and finally blocks
import sys
def inner():
    try:
        sys.exit(0)
    finally:
        print('finally runs during exit')
def outer():
    inner()
    print('not reached')
outer()
