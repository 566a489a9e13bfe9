import sys
def fail(code):
    print('failing with', code)
    sys.exit(code)
fail(42)
