# sys.exit(5) propagates through except Exception (SystemExit is not an Exception)
import sys
try:
    try:
        sys.exit(5)
    except Exception:
        print('wrong: caught by Exception')
finally:
    print('cleanup')
