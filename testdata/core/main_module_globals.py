# The __main__ module starts with CPython's names: __doc__ (None without a
# docstring), __package__, __spec__, __annotations__, __cached__, __file__
# and __builtins__, the builtins module.
print(__doc__, __package__, __spec__, __cached__, __annotations__)
print(__builtins__.len("abc"), __builtins__.__name__, type(__builtins__).__name__)
print(sorted(k for k in globals() if k != "__loader__"))
x: int = 5
print(__annotations__, __file__.endswith("main_module_globals.py"))
