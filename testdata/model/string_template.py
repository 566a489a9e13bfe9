# string.Template: $name, ${name}, $$, safe_substitute, invalid placeholders.
import string
print(string.Template("$who likes $$ and ${what}s").substitute(who="tim", what="kung pao"))
t = string.Template("Hi $name, $missing")
print(t.safe_substitute(name="Al"), t.template)
print(string.Template("$a$b").substitute({"a": 1}, b=2))
try: t.substitute(name="x")
except KeyError as e: print("KeyError", e)
for src in ["cost: $5", "a $ b", "${bad name}", "line1\nx ${", "$x$y", "${x}y $_z9 $9", "$$x"]:
    tt = string.Template(src)
    print(repr(tt.safe_substitute(x="X", _z9="Z")), tt.is_valid(), tt.get_identifiers())
    try: print(repr(tt.substitute(x=1, y=2, _z9=3)))
    except (ValueError, KeyError) as e: print(type(e).__name__, e)
class T2(string.Template): pass
print(T2("$a").substitute(a=[1]), string.Template("$a").substitute({"a": 1}, a=2))
