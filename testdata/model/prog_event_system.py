# an event system with callbacks, decorators and bound methods
class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def subscribe(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)
    def unsubscribe(self, event, fn):
        self.handlers[event].remove(fn)
    def emit(self, event, *args, **kwargs):
        results = []
        for h in list(self.handlers.get(event, [])):
            try:
                results.append(h(*args, **kwargs))
            except Exception as e:
                results.append(f'{type(e).__name__}: {e}')
        return results
bus = EventBus()
@bus.on('greet')
def hello(name):
    return f'hello {name}'
@bus.on('greet')
def shout(name):
    return f'HEY {name.upper()}!'
class Audit:
    def __init__(self):
        self.log = []
    def record(self, *args, **kwargs):
        self.log.append((args, kwargs))
        return len(self.log)
audit = Audit()
bus.subscribe('greet', audit.record)
bus.subscribe('order', audit.record)
bus.subscribe('order', lambda item, qty=1: item * qty)
bus.subscribe('order', lambda item, qty=1: 1 / (qty - 3))
print(bus.emit('greet', 'ann'))
print(bus.emit('order', 'ab', qty=3))
print(bus.emit('order', 'x'))
print(bus.emit('nothing'))
bus.unsubscribe('greet', shout)
print(bus.emit('greet', 'bob'))
print(audit.log)
once_calls = []
def once(fn):
    def wrapper(*a):
        bus.unsubscribe('tick', wrapper)
        once_calls.append(a)
        return fn(*a)
    return wrapper
bus.subscribe('tick', once(lambda n: n * 10))
print(bus.emit('tick', 1), bus.emit('tick', 2), once_calls)
