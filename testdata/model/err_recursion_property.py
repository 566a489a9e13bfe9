class Temp:
    @property
    def celsius(self):
        return self.celsius
print(Temp().celsius)
