# sys.argv when run as: python3 sys_argv.py
import sys
print(len(sys.argv), sys.argv[0].endswith('sys_argv.py'), type(sys.argv).__name__)
print(sys.argv[1:])
