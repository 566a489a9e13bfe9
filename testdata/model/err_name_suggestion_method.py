class Settings:
    def __init__(self):
        self.verbose = True
    def show(self):
        return verbos
Settings().show()
