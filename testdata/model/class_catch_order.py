# except clause ordering and catching base classes of user hierarchies
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
class Other(Exception): pass
def handle(exc):
    try:
        raise exc
    except Leaf:
        return 'Leaf handler'
    except Mid as e:
        return f'Mid handler ({type(e).__name__})'
    except (Other, Base) as e:
        return f'tuple handler ({type(e).__name__})'
    except Exception:
        return 'generic'
for exc in [Leaf(), Mid(), Base(), Other(), ValueError()]:
    print(type(exc).__name__, '->', handle(exc))
def first_match(exc):
    try:
        raise exc
    except Base:
        return 'Base first'
    except Leaf:
        return 'never reached'
print(first_match(Leaf()))
caught = []
for exc_type in [Leaf, Mid, Other]:
    try:
        try:
            raise exc_type('inner')
        except Mid:
            caught.append('inner caught ' + exc_type.__name__)
            raise
    except Exception as e:
        caught.append('outer saw ' + type(e).__name__)
print(caught)
