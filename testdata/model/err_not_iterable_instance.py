class Box:
    def __init__(self, items):
        self.items = items
for item in Box([1, 2]):
    print(item)
