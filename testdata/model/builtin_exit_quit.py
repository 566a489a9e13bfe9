# exit() and quit() (from CPython's site module) raise SystemExit like sys.exit.
try:
    exit(2)
except SystemExit as e:
    print("exit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit", e.code)
print("leaving")
exit(3)
