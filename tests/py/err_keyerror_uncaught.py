# Uncaught KeyError shows the repr of the key in the last line.
inventory = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears", "plums"]:
    print(fruit, inventory[fruit])
print("never reached")
