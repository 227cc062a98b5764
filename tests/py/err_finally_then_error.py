# finally blocks run and print before the uncaught exception's traceback is shown.
def transfer(amount):
    print("begin transfer", amount)
    try:
        if amount > 100:
            raise OverflowError(f"amount {amount} exceeds limit")
        print("transferred", amount)
    finally:
        print("release lock for", amount)
transfer(50)
transfer(500)
