# observer pattern with properties: a thermostat notifying listeners
class Observable:
    def __init__(self):
        self._observers = []
    def attach(self, fn):
        self._observers.append(fn)
        return fn
    def notify(self, *args):
        for fn in self._observers:
            fn(self, *args)
class Thermostat(Observable):
    def __init__(self, target):
        super().__init__()
        self._temp = 20.0
        self.target = target
    @property
    def temp(self):
        return self._temp
    @temp.setter
    def temp(self, value):
        old, self._temp = self._temp, round(value, 1)
        if old != self._temp:
            self.notify(old, self._temp)
class Heater:
    def __init__(self):
        self.on = False
        self.switches = 0
    def __call__(self, t, old, new):
        want = new < t.target - 0.5
        if want != self.on:
            self.on = want
            self.switches += 1
            print(f'  heater {"ON" if want else "OFF"} at {new}')
log = []
t = Thermostat(21)
heater = Heater()
t.attach(heater)
t.attach(lambda th, old, new: log.append(f'{old}->{new}'))
for reading in [20.0, 19.8, 20.44, 20.45, 21.0, 21.6, 21.6, 19.0]:
    print('reading', reading)
    t.temp = reading
print(log, heater.switches, t.temp)
