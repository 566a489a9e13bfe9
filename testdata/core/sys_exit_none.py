# sys.exit() and sys.exit(None): status 0
import sys
print('exiting cleanly')
try:
    sys.exit(None)
except SystemExit as e:
    print('caught SystemExit', e.code, e.args)
try:
    sys.exit(7)
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit('msg')
except SystemExit as e:
    print('code', repr(e.code))
sys.exit()
print('never')
