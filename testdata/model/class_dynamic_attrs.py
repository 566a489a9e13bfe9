# getattr/setattr/hasattr/delattr/vars on instances and classes
class Config:
    debug = False
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
c = Config(host='localhost', port=8080)
print(c.host, getattr(c, 'port'), getattr(c, 'missing', 'dflt'), getattr(c, 'debug'))
print(hasattr(c, 'host'), hasattr(c, 'nope'), hasattr(Config, 'debug'))
print(vars(c), sorted(vars(c)))
setattr(c, 'debug', True)
print(c.debug, Config.debug, vars(c))
delattr(c, 'host')
print(hasattr(c, 'host'), vars(c))
try:
    delattr(c, 'host')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(c, 'nothing')
except AttributeError as e:
    print('AttributeError:', e)
setattr(Config, 'version', 2)
print(c.version, Config(x=1).version)
for name in ['port', 'debug', 'version']:
    print(name, getattr(c, name))
print(sorted(k for k in vars(Config(a=1, b=2))))
