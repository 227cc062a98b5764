# Importing a module that does not exist raises ModuleNotFoundError.
import math
print(math.floor(2.5))
try:
    import not_a_real_module
except ImportError as e:
    print(type(e).__name__, e.name)
import another_missing_module
