# Uncaught custom exceptions: __main__ classes print without module prefix; __str__ is used; empty message has no colon.
class PaymentError(Exception):
    def __init__(self, amount, reason):
        super().__init__(amount, reason)
        self.amount = amount
        self.reason = reason
    def __str__(self):
        return f"payment of {self.amount} failed: {self.reason}"
class Silent(Exception):
    pass
try:
    raise Silent()
except Silent as e:
    print("Silent str is empty:", repr(str(e)))
print("charging")
raise PaymentError(42, "card declined")
