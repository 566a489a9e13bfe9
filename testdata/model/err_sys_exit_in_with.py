import sys
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('guard exit, exc type:', exc[0].__name__)
        return False
with Guard():
    print('exiting with 4')
    sys.exit(4)
