class Greeter:
    def greet():
        return 'hi'
print(Greeter.greet())
Greeter().greet()
