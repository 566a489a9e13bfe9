# a state machine with state classes and transitions driven by ticks and events
class State:
    duration = 1
    def next(self, event):
        return None
    def __repr__(self):
        return type(self).__name__
class Red(State):
    duration = 3
    def next(self, event):
        return Green() if event == 'timeout' else None
class Green(State):
    duration = 2
    def next(self, event):
        if event in ('timeout', 'pedestrian'):
            return Yellow()
class Yellow(State):
    duration = 1
    def next(self, event):
        return Red() if event == 'timeout' else None
class Flashing(State):
    def next(self, event):
        return Red() if event == 'repair' else None
class Light:
    def __init__(self):
        self.state, self.elapsed, self.log = Red(), 0, []
    def handle(self, event):
        if event == 'fault':
            new = Flashing()
        else:
            new = self.state.next(event)
        if new is not None:
            self.log.append(f'{self.state!r}->{new!r} on {event}')
            self.state, self.elapsed = new, 0
    def tick(self):
        self.elapsed += 1
        if not isinstance(self.state, Flashing) and self.elapsed >= self.state.duration:
            self.handle('timeout')
light = Light()
timeline = {4: 'pedestrian', 9: 'fault', 12: 'repair'}
for t in range(15):
    if t in timeline:
        light.handle(timeline[t])
    light.tick()
    print(t, light.state, light.elapsed)
print(light.log)
