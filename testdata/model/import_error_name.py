# A failed import names the missing module in ModuleNotFoundError.name.
try:
    import nosuchmod
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from nosuch.sub import x
except ModuleNotFoundError as e:
    print(e, e.name)
e = ImportError("plain")
print(e.name, e.path, e.args)
