# Uncaught AttributeError with a "Did you mean" suggestion for a misspelled method.
class Greeter:
    def greeting(self):
        return "hi"
g = Greeter()
print(g.greeting())
print(g.greting())
